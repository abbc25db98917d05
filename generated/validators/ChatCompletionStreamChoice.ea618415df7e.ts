// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobsSchema } from "./ChatCompletionChoiceLogprobs.9df64cf02f36.js";
import {
  ChatCompletionStreamResponseDeltaSchema,
} from "./ChatCompletionStreamResponseDelta.13152b8b4867.js";

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
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta", "finish_reason"],
});
