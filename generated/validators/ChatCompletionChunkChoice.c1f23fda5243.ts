// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDelta } from "./ChatCompletionDelta.545615ef108a.js";

export const ChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
