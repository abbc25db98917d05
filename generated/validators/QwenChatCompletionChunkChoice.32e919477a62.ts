// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionDelta } from "./QwenChatCompletionDelta.e615914c5115.js";
import { QwenChoiceLogprobs } from "./QwenChoiceLogprobs.93c4291cddaf.js";

export const QwenChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", QwenChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", QwenChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta"],
});
