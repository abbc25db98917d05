// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestMessageContentPartTextSchema,
} from "./ChatCompletionRequestMessageContentPartText.127d7652fde4.js";

export const ChatCompletionRequestToolMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(ChatCompletionRequestMessageContentPartTextSchema).check(z.minLength(1)),
    ])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
});
