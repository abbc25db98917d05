// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiToolCallSchema } from "./GeminiToolCall.aa0c50a5607c.js";

export const GeminiChatCompletionMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCallSchema)],
  ],
  required: ["role", "content"],
});
