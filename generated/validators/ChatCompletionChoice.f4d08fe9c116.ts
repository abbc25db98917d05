// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "eos"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", v.object({
      properties: [["content", z.string().nullable()], ["role", z.literal("assistant")]],
      required: ["role", "content"],
    })],
  ],
  required: ["index", "message", "finish_reason"],
});
