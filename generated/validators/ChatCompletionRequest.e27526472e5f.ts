// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.044521c263a0.js";
import { Tool } from "./Tool.33dc183d3520.js";
import { ToolChoice } from "./ToolChoice.d4f45959c6b4.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(8192))],
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["metadata", v.object({
      properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
      additionalProperties: false,
    })],
    ["model", z.literal("anthropic/claude-3.5-haiku")],
    ["parallel_tool_calls", z.boolean()],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(8)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(1))],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(64))],
    ["top_k", v.int().check(z.gte(0))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
