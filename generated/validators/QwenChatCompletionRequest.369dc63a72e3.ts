// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatMessageSchema } from "./QwenChatMessage.39899a253189.js";
import { QwenResponseFormatSchema } from "./QwenResponseFormat.80ac81a34d31.js";

export const QwenChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(32768))],
    ["messages", z.array(QwenChatMessageSchema).check(z.minLength(1))],
    ["model", z.literal("qwen/qwq-32b")],
    ["n", v.int().check(z.gte(1), z.lte(4)).nullable()],
    ["response_format", QwenResponseFormatSchema],
    ["seed", v.int().check(z.gte(0), z.lte(2147483647))],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(4)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(5)).nullable()],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
