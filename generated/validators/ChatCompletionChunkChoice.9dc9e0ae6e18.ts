// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChoiceLogprobs } from "./ChoiceLogprobs.37a8f3f817f8.js";

export const ChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", v.object({
      properties: [
        ["content", z.string().nullable()],
        ["reasoning_content", z.string().nullable()],
        ["role", z.literal("assistant")],
      ],
    })],
    ["finish_reason", z.literal([
      "stop",
      "length",
      "content_filter",
      "tool_calls",
      "insufficient_system_resource",
      null,
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChoiceLogprobs.nullable()],
  ],
  required: ["index", "delta"],
});
