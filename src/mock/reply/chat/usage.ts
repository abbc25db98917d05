import type { ReplyFeatures } from "../../model-contract.js";
import type { ReplyPlan } from "../plan.js";

/** A chat reply's `usage` (wire.md): token counts, APIFree's cost, reasoning tokens where the model reasons. */
export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost: number;
  completion_tokens_details?: { reasoning_tokens: number };
}

export function chatUsage(plan: ReplyPlan, features: ReplyFeatures): ChatUsage {
  const usage: ChatUsage = {
    prompt_tokens: plan.promptTokens,
    completion_tokens: plan.completionTokens,
    total_tokens: plan.promptTokens + plan.completionTokens,
    cost: plan.cost,
  };
  if (features.reasoning) usage.completion_tokens_details = { reasoning_tokens: plan.reasoningTokens };
  return usage;
}
