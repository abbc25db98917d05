// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionMessageSchema } from "./GeminiChatCompletionMessage.13335899d04e.js";
import { GeminiChoiceLogprobsSchema } from "./GeminiChoiceLogprobs.79fd4ef705af.js";

export const GeminiChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", GeminiChoiceLogprobsSchema.nullable()],
    ["message", GeminiChatCompletionMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
