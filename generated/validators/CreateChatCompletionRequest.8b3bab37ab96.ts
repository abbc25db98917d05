// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestMessage } from "./ChatCompletionRequestMessage.d8565aa428d6.js";
import { ChatCompletionTool } from "./ChatCompletionTool.aacd81eda53f.js";
import { ChatCompletionToolChoiceOption } from "./ChatCompletionToolChoiceOption.10f42c0e99e0.js";
import { FunctionObject } from "./FunctionObject.830cc10db730.js";
import { ResponseFormat } from "./ResponseFormat.6d94a59a4c3d.js";

export const CreateChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["function_call", z.union([
      z.literal(["none", "auto"]),
      v.object({ properties: [["name", z.string()]], required: ["name"] }),
    ])],
    ["functions", z.array(FunctionObject).check(z.minLength(1), z.maxLength(128))],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(128000))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(128000))],
    ["messages", z.array(ChatCompletionRequestMessage).check(z.minLength(1))],
    ["metadata", v.object({
      additionalProperties: z.string().check(v.maxLength(512)),
      maxProperties: 16,
    }).nullable()],
    ["model", z.literal("openai/gpt-5-nano")],
    ["parallel_tool_calls", z.boolean()],
    ["reasoning_effort", z.literal(["minimal", "low", "medium", "high", null])],
    ["response_format", ResponseFormat],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["seed", v.int().check(z.gte(-9223372036854776000), z.lte(9223372036854776000))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_obfuscation", z.boolean()], ["include_usage", z.boolean()]],
    }).nullable()],
    ["temperature", z.literal(1)],
    ["tool_choice", ChatCompletionToolChoiceOption],
    ["tools", z.array(ChatCompletionTool).check(z.maxLength(128))],
    ["top_p", z.literal(1)],
    ["user", z.string()],
    ["verbosity", z.literal(["low", "medium", "high", null])],
  ],
  required: ["model", "messages"],
});
