// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessageSchema } from "./ChatMessage.48be4bab969b.js";
import { ResponseFormatSchema } from "./ResponseFormat.7cf795eb7996.js";
import { ThinkingConfigSchema } from "./ThinkingConfig.3aab6ab722ea.js";
import { ToolSchema } from "./Tool.6e4aed4d1ba0.js";
import { ToolChoiceSchema } from "./ToolChoice.f0c8b694a076.js";

export const ChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(64000))],
    ["messages", z.array(ChatMessageSchema).check(z.minLength(1))],
    ["metadata", v.object({
      properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
      additionalProperties: false,
    })],
    ["model", z.literal("anthropic/claude-haiku-4.5")],
    ["parallel_tool_calls", z.boolean()],
    ["response_format", ResponseFormatSchema],
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
    ["thinking", ThinkingConfigSchema],
    ["tool_choice", ToolChoiceSchema],
    ["tools", z.array(ToolSchema).check(z.maxLength(64))],
    ["top_k", v.int().check(z.gte(0))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
