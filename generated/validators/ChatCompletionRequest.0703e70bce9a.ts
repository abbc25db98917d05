// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.abc0fa78256f.js";
import { ResponseFormat } from "./ResponseFormat.6d94a59a4c3d.js";
import { Tool } from "./Tool.b07e6ef806f3.js";
import { ToolChoice } from "./ToolChoice.d4f45959c6b4.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["deferred", z.boolean().nullable()],
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(30000))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(30000))],
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", ResponseFormat],
    ["seed", v.int().check(z.gte(0), z.lte(4294967295))],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(4)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(8)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
    ["user", z.string().check(v.maxLength(256))],
  ],
  required: ["model", "messages"],
});
