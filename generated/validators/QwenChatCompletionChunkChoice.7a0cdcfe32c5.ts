// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionDeltaSchema } from "./QwenChatCompletionDelta.e47bc1e052b1.js";
import { QwenChoiceLogprobsSchema } from "./QwenChoiceLogprobs.46a86fee5cbb.js";

export const QwenChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", QwenChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", QwenChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
