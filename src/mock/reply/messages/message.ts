import type { ChoicePlan, FinishReason, ReplyPlan } from "../plan.js";
import { joinText } from "../text.js";
import type { MessagesFeatures } from "./features.js";

/*
 * The non-stream Messages reply of a plan: Anthropic's `message` with its
 * content blocks (thinking, then text or one tool_use), `stop_reason` and
 * `usage` in Anthropic's own fields, plus APIFree's cost where allowed.
 */

export const STOP_REASONS: Record<FinishReason, string> = {
  stop: "end_turn",
  length: "max_tokens",
  tool_calls: "tool_use",
};

export function messageId(plan: ReplyPlan): string {
  return `msg_${plan.key}`;
}

export function toolUseId(key: string): string {
  return `toolu_${key}`;
}

/** A stable, opaque signature for a thinking block (Anthropic's are base64). */
export function thinkingSignature(plan: ReplyPlan): string {
  return Buffer.from(`apifree-mock:${plan.key}`, "utf8").toString("base64");
}

/** The choice's blocks in order, each rendered whole. */
function contentBlocks(
  plan: ReplyPlan,
  choice: ChoicePlan,
  features: MessagesFeatures,
): Array<Record<string, unknown>> {
  const blocks: Array<Record<string, unknown>> = [];
  if (choice.reasoning.count > 0) {
    blocks.push({
      type: "thinking",
      thinking: joinText(choice.reasoning),
      ...(features.signature ? { signature: thinkingSignature(plan) } : {}),
    });
  }
  if (choice.toolCall !== undefined) {
    const call = choice.toolCall;
    blocks.push({ type: "tool_use", id: toolUseId(call.key), name: call.name, input: call.input });
  } else if (choice.content !== null && choice.content.count > 0) {
    blocks.push({ type: "text", text: joinText(choice.content) });
  }
  return blocks;
}

export function renderMessage(plan: ReplyPlan, features: MessagesFeatures): Record<string, unknown> {
  const choice = plan.choices[0]!;
  return {
    id: messageId(plan),
    type: "message",
    role: "assistant",
    model: plan.model,
    content: contentBlocks(plan, choice, features),
    stop_reason: STOP_REASONS[choice.finishReason],
    stop_sequence: null,
    usage: {
      input_tokens: plan.promptTokens,
      output_tokens: plan.completionTokens,
      ...(features.cost ? { cost: plan.cost } : {}),
    },
  };
}
