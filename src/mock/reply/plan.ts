import { isRecord } from "../../shared/is-record.js";
import { sampleValue } from "./sample-value.js";
import { deriveSeed, requestSeed } from "./seed.js";
import { answerText, EMPTY_TEXT, fragments, reasoningText, type TextPlan, truncateText } from "./text.js";
import type { ChosenTool } from "./tool-choice.js";

/*
 * What a reply says, decided once from a protocol-neutral reading of the
 * request and rendered by each protocol in its own shape (a chat completion,
 * a Messages message, a Responses response, a Gemini reply), as one body or
 * as a stream, so every form agrees (same text, same tool call, same counts).
 */

/** Replies carry this `created`: no clock in bodies. */
export const MOCK_CREATED = 1_760_000_000;
export const MOCK_FINGERPRINT = "fp_apifree_mock";

/** Characters (code points) of tool-call arguments per streamed fragment, and per counted token. */
const ARGUMENT_FRAGMENT = 8;
const MAX_CHOICES = 128;

/** Why a choice ended, in chat's words; each protocol renders its own (`end_turn`, `MAX_TOKENS`...). */
export type FinishReason = "stop" | "length" | "tool_calls";

interface ToolCallPlan {
  /** 24 hex digits: each protocol prefixes them (`call_`, `toolu_`, `fc_`). */
  key: string;
  name: string;
  /** Argument fragments; joined they are the arguments' JSON text (cut short when `length` stopped it). */
  arguments: TextPlan;
  /** The arguments as a value, for protocols that send an object (Messages `input`, Gemini `args`). */
  input: unknown;
}

export interface ChoicePlan {
  index: number;
  reasoning: TextPlan;
  /** Null when the choice is a tool call. */
  content: TextPlan | null;
  toolCall?: ToolCallPlan;
  finishReason: FinishReason;
}

/** A request as the planner sees it, read from the body by each protocol. */
export interface PlanRequest {
  /** The validated body: the seed is its hash (stream flags left out). */
  body: Record<string, unknown>;
  promptTokens: number;
  /** Output budget, reasoning included; POSITIVE_INFINITY when the body sets none. */
  maxTokens: number;
  /** Independent answers (chat's `n`, Gemini's `candidateCount`), 1 or more. */
  choices: number;
  tool: ChosenTool | undefined;
  /** The reply reasons first, spending its budget before the answer's. */
  reasoning: boolean;
  /**
   * The tool's input is an object on the wire (Messages, Gemini), so a call
   * is made whole or not at all: one whose arguments do not fit the budget
   * becomes an empty answer stopped by `length`.
   */
  wholeToolCalls: boolean;
}

export interface ReplyPlan {
  /** 24 hex digits from the request's hash: each protocol prefixes them (`chatcmpl-`, `msg_`, `resp_`). */
  key: string;
  created: number;
  model: string;
  choices: ChoicePlan[];
  promptTokens: number;
  /** Output tokens of every choice, reasoning included. */
  completionTokens: number;
  reasoningTokens: number;
  /** USD, from the catalog's pricing. */
  cost: number;
}

export interface Pricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface PlanInput {
  request: PlanRequest;
  model: string;
  pricing: Pricing;
  /** Forced number of answer pieces, beyond any token limit (the `x-apifree-mock-chunks` benchmark header). */
  answerPieces?: number;
}

/** Pricing from a catalog entry (`pricing.input_per_million` / `output_per_million`), 0 when absent. */
export function pricingOf(entry: Record<string, unknown> | undefined): Pricing {
  const pricing = isRecord(entry?.pricing) ? entry.pricing : {};
  const rate = (value: unknown): number =>
    typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
  return { inputPerMillion: rate(pricing.input_per_million), outputPerMillion: rate(pricing.output_per_million) };
}

/** USD, rounded to 10 decimals (wire.md). */
export function costOf(promptTokens: number, completionTokens: number, pricing: Pricing): number {
  const exact = (promptTokens * pricing.inputPerMillion + completionTokens * pricing.outputPerMillion) / 1e6;
  return Math.round(exact * 1e10) / 1e10;
}

/** A choice count from a body field: an integer above 1 (capped), else 1. */
export function choiceCount(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value > 1 ? Math.min(value, MAX_CHOICES) : 1;
}

export function planReply(input: PlanInput): ReplyPlan {
  const { request } = input;
  const seed = requestSeed(request.body);
  const tool = request.tool;
  const choices: ChoicePlan[] = [];
  let completionTokens = 0;
  let reasoningTokens = 0;
  for (let index = 0; index < request.choices; index += 1) {
    const choiceSeed = deriveSeed(seed, `choice:${index}`);
    let budget = request.maxTokens;
    const fullReasoning = request.reasoning ? reasoningText(choiceSeed) : EMPTY_TEXT;
    const reasoning = truncateText(fullReasoning, budget);
    budget -= reasoning.count;
    let cut = reasoning.count < fullReasoning.count;
    let choice: ChoicePlan;
    if (tool !== undefined) {
      const value = sampleValue(tool.parameters ?? { type: "object" });
      const args = fragments(JSON.stringify(value), ARGUMENT_FRAGMENT);
      let sent = truncateText(args, budget);
      if (request.wholeToolCalls && sent.count < args.count) sent = EMPTY_TEXT;
      cut ||= sent.count < args.count;
      completionTokens += reasoning.count + sent.count;
      choice =
        sent.count === 0
          ? { index, reasoning, content: EMPTY_TEXT, finishReason: "length" }
          : {
              index,
              reasoning,
              content: null,
              toolCall: {
                key: deriveSeed(choiceSeed, "call").hex.slice(0, 24),
                name: tool.name,
                arguments: sent,
                input: value,
              },
              finishReason: cut ? "length" : "tool_calls",
            };
    } else {
      const answer = answerText(choiceSeed, input.answerPieces);
      // A forced count is exact: benchmarks need N pieces whatever the body's token limit.
      const sent = input.answerPieces === undefined ? truncateText(answer, budget) : answer;
      cut ||= sent.count < answer.count;
      completionTokens += reasoning.count + sent.count;
      choice = { index, reasoning, content: sent, finishReason: cut ? "length" : "stop" };
    }
    reasoningTokens += reasoning.count;
    choices.push(choice);
  }
  return {
    key: seed.hex.slice(0, 24),
    created: MOCK_CREATED,
    model: input.model,
    choices,
    promptTokens: request.promptTokens,
    completionTokens,
    reasoningTokens,
    cost: costOf(request.promptTokens, completionTokens, input.pricing),
  };
}
