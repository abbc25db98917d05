// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobsSchema } from "./ChatCompletionChoiceLogprobs.dc5e6d4b8fdd.js";
import {
  ChatCompletionStreamResponseDeltaSchema,
} from "./ChatCompletionStreamResponseDelta.bf31076d8058.js";

export const ChatCompletionStreamChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionStreamResponseDeltaSchema],
    ["finish_reason", z.literal([
      "stop",
      "length",
      "tool_calls",
      "content_filter",
      "function_call",
      null,
    ])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta", "finish_reason"],
});
