// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatMessage } from "./GeminiChatMessage.e752a39840cf.js";
import { GeminiResponseFormat } from "./GeminiResponseFormat.a82940b162ef.js";

export const GeminiChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(8192))],
    ["messages", z.array(GeminiChatMessage).check(z.minLength(1))],
    ["model", z.literal("google/gemma-3-27b-it:free")],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["response_format", GeminiResponseFormat],
    ["seed", v.int().check(z.gte(-2147483648), z.lte(2147483647))],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(5), v.uniqueItems()),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["top_k", v.int().check(z.gte(1), z.lte(64))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
