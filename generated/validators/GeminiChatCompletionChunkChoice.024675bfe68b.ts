// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionDelta } from "./GeminiChatCompletionDelta.d9ace93ddb6b.js";
import { GeminiChoiceLogprobs } from "./GeminiChoiceLogprobs.6852f0837e17.js";

export const GeminiChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", GeminiChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", GeminiChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta"],
});
