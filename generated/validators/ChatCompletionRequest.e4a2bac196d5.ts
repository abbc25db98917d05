// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessageSchema } from "./ChatMessage.6d3189b6538a.js";
import { ResponseFormatSchema } from "./ResponseFormat.866fec7f10ad.js";
import { ToolSchema } from "./Tool.540fb3d02b7e.js";
import { ToolChoiceSchema } from "./ToolChoice.f0c8b694a076.js";

export const ChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["deferred", z.boolean().nullable()],
    ["logprobs", z.boolean().nullable()],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(10000))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(10000))],
    ["messages", z.array(ChatMessageSchema).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["response_format", ResponseFormatSchema],
    ["seed", v.int().check(z.gte(0), z.lte(4294967295))],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["tool_choice", ToolChoiceSchema],
    ["tools", z.array(ToolSchema).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(8)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
    ["user", z.string().check(v.maxLength(256))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
