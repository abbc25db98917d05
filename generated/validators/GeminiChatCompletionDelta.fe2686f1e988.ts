// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiToolCallDelta } from "./GeminiToolCallDelta.611a13fa6021.js";

export const GeminiChatCompletionDelta: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCallDelta)],
  ],
});
