// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceLogprobsSchema } from "./ChatCompletionChoiceLogprobs.9df64cf02f36.js";
import {
  ChatCompletionResponseMessageSchema,
} from "./ChatCompletionResponseMessage.0de644a0b6da.js";

export const ChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal([
      "stop",
      "length",
      "tool_calls",
      "content_filter",
      "function_call",
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChatCompletionChoiceLogprobsSchema.nullable()],
    ["message", ChatCompletionResponseMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
