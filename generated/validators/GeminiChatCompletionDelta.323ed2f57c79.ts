// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiToolCallDeltaSchema } from "./GeminiToolCallDelta.022bf250c1f5.js";

export const GeminiChatCompletionDeltaSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCallDeltaSchema)],
  ],
});
