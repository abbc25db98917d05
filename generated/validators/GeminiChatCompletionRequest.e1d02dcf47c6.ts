// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatMessage } from "./GeminiChatMessage.c663f9f41c39.js";
import { GeminiResponseFormat } from "./GeminiResponseFormat.348ca66fab3d.js";
import { GeminiTool } from "./GeminiTool.af8228f29709.js";
import { GeminiToolChoice } from "./GeminiToolChoice.72a3e3714685.js";

export const GeminiChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(65536))],
    ["messages", z.array(GeminiChatMessage).check(z.minLength(1))],
    ["model", z.literal("google/gemini-3-pro-preview")],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lt(2))],
    ["reasoning_effort", z.literal(["low", "high"])],
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
    ["tool_choice", GeminiToolChoice],
    ["tools", z.array(GeminiTool).check(z.maxLength(128))],
    ["top_k", v.int().check(z.gte(1), z.lte(64))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
