// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChoiceLogprobsSchema } from "./GeminiChoiceLogprobs.03c730f1b7d6.js";

export const GeminiChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", GeminiChoiceLogprobsSchema.nullable()],
    ["message", v.object({
      properties: [["content", z.string().nullable()], ["role", z.literal("assistant")]],
      required: ["role", "content"],
    })],
  ],
  required: ["index", "message", "finish_reason"],
});
