// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatMessageSchema } from "./KimiChatMessage.177a8e7e9d16.js";
import { KimiResponseFormatSchema } from "./KimiResponseFormat.171ffd52bf65.js";
import { KimiToolSchema } from "./KimiTool.6620e6b7159b.js";
import { KimiToolChoiceSchema } from "./KimiToolChoice.51752772476e.js";

export const KimiChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["messages", z.array(KimiChatMessageSchema).check(z.minLength(1))],
    ["model", z.literal("moonshotai/kimi-k2-0905")],
    ["n", v.int().check(z.gte(1), z.lte(5)).nullable()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", KimiResponseFormatSchema],
    ["stop", z.union([
      z.string().check(v.maxLength(32)),
      z.array(z.string().check(v.maxLength(32))).check(z.minLength(1), z.maxLength(5)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(1))],
    ["tool_choice", KimiToolChoiceSchema],
    ["tools", z.array(KimiToolSchema).check(z.maxLength(128))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
