import type { ReplyFeatures } from "../../model-contract.js";
import { MOCK_FINGERPRINT, type ReplyPlan } from "../plan.js";
import { joinText } from "../text.js";
import { chatUsage } from "./usage.js";

/** The non-stream `chat.completion` body of a plan (shape pinned in wire.md). */
export function renderCompletion(plan: ReplyPlan, features: ReplyFeatures): Record<string, unknown> {
  return {
    id: `chatcmpl-${plan.key}`,
    object: "chat.completion",
    created: plan.created,
    model: plan.model,
    system_fingerprint: MOCK_FINGERPRINT,
    choices: plan.choices.map((choice) => {
      const message: Record<string, unknown> = {
        role: "assistant",
        content: choice.content === null ? null : joinText(choice.content),
      };
      if (features.messageRefusal) message.refusal = null;
      if (features.messageReasoning) message.reasoning_content = joinText(choice.reasoning);
      if (choice.toolCall !== undefined) {
        message.tool_calls = [
          {
            id: `call_${choice.toolCall.key}`,
            type: "function",
            function: { name: choice.toolCall.name, arguments: joinText(choice.toolCall.arguments) },
          },
        ];
      }
      return { index: choice.index, message, finish_reason: choice.finishReason, logprobs: null };
    }),
    usage: chatUsage(plan, features),
  };
}
