// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestMessageContentPartText,
} from "./ChatCompletionRequestMessageContentPartText.81b6c118968f.js";

export const ChatCompletionRequestToolMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(ChatCompletionRequestMessageContentPartText).check(z.minLength(1)),
    ])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
});
