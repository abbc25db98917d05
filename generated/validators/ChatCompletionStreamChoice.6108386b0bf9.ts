// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobs } from "./ChatCompletionChoiceLogprobs.fd27b7ddf790.js";
import {
  ChatCompletionStreamResponseDelta,
} from "./ChatCompletionStreamResponseDelta.244fe3858deb.js";

export const ChatCompletionStreamChoice: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionStreamResponseDelta],
    ["finish_reason", z.literal([
      "stop",
      "length",
      "tool_calls",
      "content_filter",
      "function_call",
      null,
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta", "finish_reason"],
});
