// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatMessage } from "./QwenChatMessage.f985be58283c.js";
import { QwenResponseFormat } from "./QwenResponseFormat.444a8a2d4e2f.js";

export const QwenChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(32768))],
    ["messages", z.array(QwenChatMessage).check(z.minLength(1))],
    ["model", z.literal("qwen/qwq-32b")],
    ["n", v.int().check(z.gte(1), z.lte(4)).nullable()],
    ["response_format", QwenResponseFormat],
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
