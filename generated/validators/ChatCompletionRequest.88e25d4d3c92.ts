// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessageSchema } from "./ChatMessage.45c4f25ef9fd.js";
import { ResponseFormatSchema } from "./ResponseFormat.c6fa437d8fc1.js";
import { ToolSchema } from "./Tool.540fb3d02b7e.js";
import { ToolChoiceSchema } from "./ToolChoice.f0c8b694a076.js";

export const ChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["logprobs", z.boolean().nullable()],
    ["max_tokens", v.int().check(z.gte(1), z.lte(8192))],
    ["messages", z.array(ChatMessageSchema).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", ResponseFormatSchema],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(16)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["tool_choice", ToolChoiceSchema],
    ["tools", z.array(ToolSchema).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
});
