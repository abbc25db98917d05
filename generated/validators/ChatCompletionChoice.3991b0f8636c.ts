// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChoiceLogprobs } from "./ChoiceLogprobs.37a8f3f817f8.js";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal([
      "stop",
      "length",
      "content_filter",
      "tool_calls",
      "insufficient_system_resource",
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChoiceLogprobs.nullable()],
    ["message", v.object({
      properties: [
        ["content", z.string().nullable()],
        ["reasoning_content", z.string().nullable()],
        ["role", z.literal("assistant")],
      ],
      required: ["role", "content"],
    })],
  ],
  required: ["index", "message", "finish_reason"],
});
