// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobs } from "./ChatCompletionChoiceLogprobs.fd27b7ddf790.js";
import { ChatCompletionResponseMessage } from "./ChatCompletionResponseMessage.516ef38153f6.js";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal([
      "stop",
      "length",
      "tool_calls",
      "content_filter",
      "function_call",
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobs.nullable()],
    ["message", ChatCompletionResponseMessage],
  ],
  required: ["index", "message", "finish_reason"],
});
