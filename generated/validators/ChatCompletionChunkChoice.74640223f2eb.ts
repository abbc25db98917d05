// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDeltaSchema } from "./ChatCompletionDelta.7c0b546063d0.js";

export const ChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "eos", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
