// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenToolCallSchema } from "./QwenToolCall.f82ce2ccf90e.js";

export const QwenChatCompletionMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCallSchema)],
  ],
  required: ["role", "content"],
});
