import { isRecord } from "../../shared/is-record.js";
import type { ReplyFeatures } from "../model-contract.js";
import { sampleValue } from "./sample-value.js";
import { deriveSeed, requestSeed } from "./seed.js";
import { answerText, EMPTY_TEXT, fragments, reasoningText, type TextPlan, truncateText } from "./text.js";
import { chooseTool } from "./tool-choice.js";

/*
 * What a reply says, decided once and rendered either as one completion or
 * as a stream of chunks, so both forms always agree (same text, same usage).
 */

/** Replies carry this `created`: no clock in bodies. */
export const MOCK_CREATED = 1_760_000_000;
export const MOCK_FINGERPRINT = "fp_apifree_mock";

/** Characters (code points) of tool-call arguments per streamed fragment, and per counted token. */
const ARGUMENT_FRAGMENT = 8;
const MAX_CHOICES = 128;

type FinishReason = "stop" | "length" | "tool_calls";

interface ToolCallPlan {
  id: string;
  name: string;
  /** Argument fragments; joined they are the arguments string (cut short when `length` stopped it). */
  arguments: TextPlan;
}

export interface ChoicePlan {
  index: number;
  reasoning: TextPlan;
  /** Null when the choice is a tool call. */
  content: TextPlan | null;
  toolCall?: ToolCallPlan;
  finishReason: FinishReason;
}

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost: number;
  completion_tokens_details?: { reasoning_tokens: number };
}

export interface ReplyPlan {
  id: string;
  created: number;
  model: string;
  choices: ChoicePlan[];
  usage: Usage;
}

export interface Pricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface PlanInput {
  /** The validated request body. */
  body: Record<string, unknown>;
  model: string;
  features: ReplyFeatures;
  pricing: Pricing;
  /** Forced number of answer pieces (the `x-apifree-mock-chunks` benchmark header). */
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

function textLength(content: unknown): number {
  if (typeof content === "string") return content.length;
  if (!Array.isArray(content)) return 0;
  let length = 0;
  for (const part of content) {
    if (!isRecord(part)) continue;
    if (typeof part.text === "string") length += part.text.length;
    else length += 340; // an image or audio part: a fixed, plausible cost
  }
  return length;
}

/** A stable estimate: about four characters per token, four tokens of framing per message. */
export function promptTokens(body: Record<string, unknown>): number {
  let tokens = 0;
  if (Array.isArray(body.messages)) {
    for (const message of body.messages)
      tokens += 4 + Math.ceil(textLength(isRecord(message) ? message.content : undefined) / 4);
  }
  if (Array.isArray(body.tools)) tokens += Math.ceil(JSON.stringify(body.tools).length / 4);
  return Math.max(1, tokens);
}

function tokenLimit(body: Record<string, unknown>): number {
  for (const field of ["max_completion_tokens", "max_tokens"] as const) {
    const value = body[field];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
  }
  return Number.POSITIVE_INFINITY;
}

function choiceCount(body: Record<string, unknown>): number {
  const n = body.n;
  return typeof n === "number" && Number.isInteger(n) && n > 1 ? Math.min(n, MAX_CHOICES) : 1;
}

export function planReply(input: PlanInput): ReplyPlan {
  const { body, features } = input;
  const seed = requestSeed(body);
  const limit = tokenLimit(body);
  const tool = chooseTool(body);
  const choices: ChoicePlan[] = [];
  let completionTokens = 0;
  let reasoningTokens = 0;
  for (let index = 0; index < choiceCount(body); index += 1) {
    const choiceSeed = deriveSeed(seed, `choice:${index}`);
    let budget = limit;
    const fullReasoning = features.reasoning ? reasoningText(choiceSeed) : EMPTY_TEXT;
    const reasoning = truncateText(fullReasoning, budget);
    budget -= reasoning.count;
    let cut = reasoning.count < fullReasoning.count;
    let choice: ChoicePlan;
    if (tool !== undefined) {
      const args = fragments(JSON.stringify(sampleValue(tool.parameters ?? { type: "object" })), ARGUMENT_FRAGMENT);
      const sent = truncateText(args, budget);
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
                id: `call_${deriveSeed(choiceSeed, "call").hex.slice(0, 24)}`,
                name: tool.name,
                arguments: sent,
              },
              finishReason: cut ? "length" : "tool_calls",
            };
    } else {
      const answer = answerText(choiceSeed, input.answerPieces);
      const sent = truncateText(answer, budget);
      cut ||= sent.count < answer.count;
      completionTokens += reasoning.count + sent.count;
      choice = { index, reasoning, content: sent, finishReason: cut ? "length" : "stop" };
    }
    reasoningTokens += reasoning.count;
    choices.push(choice);
  }
  const prompt = promptTokens(body);
  const usage: Usage = {
    prompt_tokens: prompt,
    completion_tokens: completionTokens,
    total_tokens: prompt + completionTokens,
    cost: costOf(prompt, completionTokens, input.pricing),
  };
  if (features.reasoning) usage.completion_tokens_details = { reasoning_tokens: reasoningTokens };
  return { id: `chatcmpl-${seed.hex.slice(0, 24)}`, created: MOCK_CREATED, model: input.model, choices, usage };
}
