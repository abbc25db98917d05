// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionDeltaSchema } from "./GeminiChatCompletionDelta.8cc8f16457fb.js";
import { GeminiChoiceLogprobsSchema } from "./GeminiChoiceLogprobs.79fd4ef705af.js";

export const GeminiChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", GeminiChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", GeminiChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
