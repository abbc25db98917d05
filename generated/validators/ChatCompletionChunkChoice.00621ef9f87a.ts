// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDelta } from "./ChatCompletionDelta.7db427fb1ec1.js";

export const ChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "eos", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
