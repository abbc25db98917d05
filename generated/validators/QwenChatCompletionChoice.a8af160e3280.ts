// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChoiceLogprobs } from "./QwenChoiceLogprobs.93c4291cddaf.js";

export const QwenChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", QwenChoiceLogprobs.nullable()],
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
