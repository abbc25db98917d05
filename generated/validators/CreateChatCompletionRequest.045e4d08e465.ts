// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestMessageSchema } from "./ChatCompletionRequestMessage.719d67a0c548.js";
import { ChatCompletionToolSchema } from "./ChatCompletionTool.442e7093137e.js";
import {
  ChatCompletionToolChoiceOptionSchema,
} from "./ChatCompletionToolChoiceOption.dfe6d7225e6f.js";
import { FunctionObjectSchema } from "./FunctionObject.2ca856f72419.js";
import { MetadataSchema } from "./Metadata.8a127450c940.js";
import { ResponseFormatSchema } from "./ResponseFormat.866fec7f10ad.js";

export const CreateChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["function_call", z.union([
      z.literal(["none", "auto"]),
      v.object({ properties: [["name", z.string()]], required: ["name"] }),
    ])],
    ["functions", z.array(FunctionObjectSchema).check(z.minLength(1), z.maxLength(128))],
    ["logit_bias", v.object({
      additionalProperties: v.int().check(z.gte(-100), z.lte(100)),
    }).nullable()],
    ["logprobs", z.boolean().nullable()],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(16384))],
    ["messages", z.array(ChatCompletionRequestMessageSchema).check(z.minLength(1))],
    ["metadata", MetadataSchema],
    ["model", z.literal("gpt-4o")],
    ["n", v.int().check(z.gte(1), z.lte(128)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", ResponseFormatSchema],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["seed", v.int().check(z.gte(-9223372036854776000), z.lte(9223372036854776000))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(4)),
    ]).nullable()],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_obfuscation", z.boolean()], ["include_usage", z.boolean()]],
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["tool_choice", ChatCompletionToolChoiceOptionSchema],
    ["tools", z.array(ChatCompletionToolSchema).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
    ["user", z.string()],
  ],
  required: ["model", "messages"],
});
