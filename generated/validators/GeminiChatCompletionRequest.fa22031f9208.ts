// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatMessageSchema } from "./GeminiChatMessage.98d60b36d981.js";
import { GeminiResponseFormatSchema } from "./GeminiResponseFormat.488188af0423.js";
import { GeminiToolSchema } from "./GeminiTool.2cff7a3141da.js";
import { GeminiToolChoiceSchema } from "./GeminiToolChoice.cf83221b6e4b.js";

export const GeminiChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(65536))],
    ["messages", z.array(GeminiChatMessageSchema).check(z.minLength(1))],
    ["model", z.literal("google/gemini-2.5-flash-lite")],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["response_format", GeminiResponseFormatSchema],
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
    ["tool_choice", GeminiToolChoiceSchema],
    ["tools", z.array(GeminiToolSchema).check(z.maxLength(128))],
    ["top_k", v.int().check(z.gte(1), z.lte(64))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
