// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatMessage } from "./QwenChatMessage.27ec57fc602e.js";
import { QwenResponseFormat } from "./QwenResponseFormat.68c02f6f9a45.js";
import { QwenTool } from "./QwenTool.b13bbde42225.js";
import { QwenToolChoice } from "./QwenToolChoice.0c4a5f53c400.js";

export const QwenChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["enable_search", z.boolean()],
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(65536))],
    ["messages", z.array(QwenChatMessage).check(z.minLength(1))],
    ["model", z.literal("qwen/qwen3-max")],
    ["n", v.int().check(z.gte(1), z.lte(4)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["repetition_penalty", z.number().check(z.gt(0), z.lte(2))],
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
    ["temperature", z.number().check(z.gte(0), z.lt(2))],
    ["tool_choice", QwenToolChoice],
    ["tools", z.array(QwenTool).check(z.maxLength(128))],
    ["top_k", v.int().check(z.gte(0), z.lte(100))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(5)).nullable()],
    ["top_p", z.number().check(z.gt(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
