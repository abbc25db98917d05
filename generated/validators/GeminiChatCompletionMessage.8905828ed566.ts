// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiToolCall } from "./GeminiToolCall.65763b79da3f.js";

export const GeminiChatCompletionMessage: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCall)],
  ],
  required: ["role", "content"],
});
