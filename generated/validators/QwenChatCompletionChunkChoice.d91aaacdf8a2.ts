// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionDeltaSchema } from "./QwenChatCompletionDelta.5962cd928f3a.js";
import { QwenChoiceLogprobsSchema } from "./QwenChoiceLogprobs.2f8ed700b593.js";

export const QwenChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", QwenChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", null])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", QwenChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
