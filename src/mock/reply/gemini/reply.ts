import type { ChoicePlan, FinishReason, ReplyPlan } from "../plan.js";
import { joinText } from "../text.js";
import type { GeminiShape } from "./features.js";

/*
 * The Gemini reply of a plan, whole: a GenerateContentResponse with one
 * candidate per choice (its parts: thought summaries when asked for, then
 * the text or one functionCall), `finishReason`, and `usageMetadata` in
 * Google's fields plus APIFree's cost where allowed.
 */

type Json = Record<string, unknown>;

export const FINISH_REASONS: Record<FinishReason, string> = {
  stop: "STOP",
  tool_calls: "STOP",
  length: "MAX_TOKENS",
};

export function functionCallPart(choice: ChoicePlan): Json {
  const call = choice.toolCall!;
  return { functionCall: { name: call.name, args: call.input } };
}

function parts(choice: ChoicePlan, thoughts: boolean): Json[] {
  const found: Json[] = [];
  if (thoughts && choice.reasoning.count > 0) found.push({ text: joinText(choice.reasoning), thought: true });
  if (choice.toolCall !== undefined) found.push(functionCallPart(choice));
  else if (choice.content !== null && choice.content.count > 0) found.push({ text: joinText(choice.content) });
  // A Content holds at least one part.
  return found.length === 0 ? [{ text: "" }] : found;
}

function candidate(choice: ChoicePlan, candidateParts: Json[], finished: boolean, shape: GeminiShape): Json {
  return {
    content: { role: "model", parts: candidateParts },
    ...(finished ? { finishReason: FINISH_REASONS[choice.finishReason] } : {}),
    ...(shape.index ? { index: choice.index } : {}),
  };
}

/** The usage of the finished reply: answer and thought tokens apart, as Google counts them. */
export function finalUsage(plan: ReplyPlan, shape: GeminiShape): Json {
  return {
    promptTokenCount: plan.promptTokens,
    candidatesTokenCount: plan.completionTokens - plan.reasoningTokens,
    totalTokenCount: plan.promptTokens + plan.completionTokens,
    ...(shape.thoughtsTokenCount && plan.reasoningTokens > 0 ? { thoughtsTokenCount: plan.reasoningTokens } : {}),
    ...(shape.cost ? { cost: plan.cost } : {}),
  };
}

/** `modelVersion` and `responseId`, as far as the schema has them. */
export function replyTail(plan: ReplyPlan, shape: GeminiShape): Json {
  return {
    ...(shape.modelVersion ? { modelVersion: plan.model } : {}),
    ...(shape.responseId ? { responseId: plan.key } : {}),
  };
}

export function renderGemini(plan: ReplyPlan, thoughts: boolean, shape: GeminiShape): Json {
  return {
    candidates: plan.choices.map((choice) => candidate(choice, parts(choice, thoughts), true, shape)),
    usageMetadata: finalUsage(plan, shape),
    ...replyTail(plan, shape),
  };
}
