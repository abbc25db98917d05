// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionMessage } from "./GeminiChatCompletionMessage.8905828ed566.js";
import { GeminiChoiceLogprobs } from "./GeminiChoiceLogprobs.6852f0837e17.js";

export const GeminiChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", GeminiChoiceLogprobs.nullable()],
    ["message", GeminiChatCompletionMessage],
  ],
  required: ["index", "message", "finish_reason"],
});
