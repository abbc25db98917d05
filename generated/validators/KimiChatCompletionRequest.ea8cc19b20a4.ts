// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatMessage } from "./KimiChatMessage.5839087fc9aa.js";
import { KimiResponseFormat } from "./KimiResponseFormat.aa60b35b7bc9.js";
import { KimiTool } from "./KimiTool.b0ccbb457ad6.js";
import { KimiToolChoice } from "./KimiToolChoice.7f8d71561880.js";

export const KimiChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["messages", z.array(KimiChatMessage).check(z.minLength(1))],
    ["model", z.literal("moonshotai/kimi-k2-0905")],
    ["n", v.int().check(z.gte(1), z.lte(5)).nullable()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", KimiResponseFormat],
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
    ["tool_choice", KimiToolChoice],
    ["tools", z.array(KimiTool).check(z.maxLength(128))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
