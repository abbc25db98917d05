// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenToolCall } from "./QwenToolCall.38d8847dc115.js";

export const QwenChatCompletionMessage: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCall)],
  ],
  required: ["role", "content"],
});
