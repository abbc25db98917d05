// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MessagesSchema } from "./Messages.937adc2e1e78.js";
import { ResponseFormatSchema } from "./ResponseFormat.866fec7f10ad.js";
import { ToolSchema } from "./Tool.21c19cd6e63d.js";
import { ToolChoiceSchema } from "./ToolChoice.7224566fe76c.js";

export const ChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["max_tokens", v.int().check(z.gte(0), z.lte(32768))],
    ["messages", z.array(MessagesSchema).check(z.minLength(1))],
    ["model", z.literal("mistralai/mistral-medium-3.1")],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["random_seed", v.int().check(z.gte(0)).nullable()],
    ["response_format", ResponseFormatSchema],
    ["safe_prompt", z.boolean()],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(8)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(1.5))],
    ["tool_choice", ToolChoiceSchema],
    ["tools", z.array(ToolSchema).check(z.maxLength(128))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
