// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiToolCallDeltaSchema } from "./GeminiToolCallDelta.285d1fd0bd3f.js";

export const GeminiChatCompletionDeltaSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCallDeltaSchema)],
  ],
});
