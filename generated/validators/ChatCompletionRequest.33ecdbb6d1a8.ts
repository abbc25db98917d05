// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.eeb1acdba90e.js";
import { ResponseFormat } from "./ResponseFormat.66eab63b0657.js";
import { Tool } from "./Tool.b07e6ef806f3.js";
import { ToolChoice } from "./ToolChoice.d4f45959c6b4.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(8192))],
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", ResponseFormat],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(16)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
});
