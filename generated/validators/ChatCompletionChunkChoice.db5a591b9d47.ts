// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDelta } from "./ChatCompletionDelta.7db427fb1ec1.js";
import { ChoiceLogprobs } from "./ChoiceLogprobs.37a8f3f817f8.js";

export const ChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta"],
});
