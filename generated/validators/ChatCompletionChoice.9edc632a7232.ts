// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobsSchema } from "./ChatCompletionChoiceLogprobs.dc5e6d4b8fdd.js";
import {
  ChatCompletionResponseMessageSchema,
} from "./ChatCompletionResponseMessage.a27d1d9bf4d0.js";

export const ChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal([
      "stop",
      "length",
      "tool_calls",
      "content_filter",
      "function_call",
    ])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobsSchema.nullable()],
    ["message", ChatCompletionResponseMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
