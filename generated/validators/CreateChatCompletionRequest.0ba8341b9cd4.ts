// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestMessage } from "./ChatCompletionRequestMessage.d8565aa428d6.js";
import { ChatCompletionTool } from "./ChatCompletionTool.aacd81eda53f.js";
import { ChatCompletionToolChoiceOption } from "./ChatCompletionToolChoiceOption.10f42c0e99e0.js";
import { FunctionObject } from "./FunctionObject.830cc10db730.js";
import { Metadata } from "./Metadata.6856039fe72a.js";
import { ResponseFormat } from "./ResponseFormat.6d94a59a4c3d.js";

export const CreateChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["function_call", z.union([
      z.literal(["none", "auto"]),
      v.object({ properties: [["name", z.string()]], required: ["name"] }),
    ])],
    ["functions", z.array(FunctionObject).check(z.minLength(1), z.maxLength(128))],
    ["logit_bias", v.object({
      additionalProperties: v.int().check(z.gte(-100), z.lte(100)),
      propertyNames: z.string().check(v.pattern("^[0-9]+$")),
    }).nullable()],
    ["logprobs", z.boolean().nullable()],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(32768))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(32768))],
    ["messages", z.array(ChatCompletionRequestMessage).check(z.minLength(1))],
    ["metadata", Metadata],
    ["model", z.literal("gpt-4.1")],
    ["n", v.int().check(z.gte(1), z.lte(128)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["response_format", ResponseFormat],
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
    ["tool_choice", ChatCompletionToolChoiceOption],
    ["tools", z.array(ChatCompletionTool).check(z.maxLength(128))],
    ["top_logprobs", v.int().check(z.gte(0), z.lte(20)).nullable()],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
    ["user", z.string()],
  ],
  required: ["model", "messages"],
});
