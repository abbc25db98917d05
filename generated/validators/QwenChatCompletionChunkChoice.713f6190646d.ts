// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChoiceLogprobs } from "./QwenChoiceLogprobs.93c4291cddaf.js";

export const QwenChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", v.object({
      properties: [
        ["content", z.string().nullable()],
        ["reasoning_content", z.string().nullable()],
        ["role", z.literal("assistant")],
      ],
    })],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", QwenChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta"],
});
