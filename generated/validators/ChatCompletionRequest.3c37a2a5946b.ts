// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.1b74c007c61e.js";
import { ResponseFormat } from "./ResponseFormat.cb38fd1e2f1c.js";
import { ThinkingConfig } from "./ThinkingConfig.6f275176e1f2.js";
import { Tool } from "./Tool.33dc183d3520.js";
import { ToolChoice } from "./ToolChoice.d4f45959c6b4.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(64000))],
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["metadata", v.object({
      properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
      additionalProperties: false,
    })],
    ["model", z.literal("claude-sonnet-4.6")],
    ["parallel_tool_calls", z.boolean()],
    ["response_format", ResponseFormat],
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
    ["thinking", ThinkingConfig],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(64))],
    ["top_k", v.int().check(z.gte(0))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
