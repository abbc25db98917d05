// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestMessageSchema } from "./ChatCompletionRequestMessage.b5e432c01b61.js";
import { ChatCompletionToolSchema } from "./ChatCompletionTool.442e7093137e.js";
import {
  ChatCompletionToolChoiceOptionSchema,
} from "./ChatCompletionToolChoiceOption.dfe6d7225e6f.js";
import { FunctionObjectSchema } from "./FunctionObject.2ca856f72419.js";
import { MetadataSchema } from "./Metadata.4174f6564433.js";
import { ResponseFormatSchema } from "./ResponseFormat.866fec7f10ad.js";

export const CreateChatCompletionRequestSchema: z.ZodType = v.object({
  properties: [
    ["function_call", z.union([
      z.literal(["none", "auto"]),
      v.object({ properties: [["name", z.string()]], required: ["name"] }),
    ])],
    ["functions", z.array(FunctionObjectSchema).check(z.minLength(1), z.maxLength(128))],
    ["max_completion_tokens", v.int().check(z.gte(1), z.lte(128000))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(128000))],
    ["messages", z.array(ChatCompletionRequestMessageSchema).check(z.minLength(1))],
    ["metadata", MetadataSchema],
    ["model", z.literal("openai/gpt-5.2")],
    ["parallel_tool_calls", z.boolean()],
    ["reasoning_effort", z.literal(["none", "low", "medium", "high", "xhigh", null])],
    ["response_format", ResponseFormatSchema],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["seed", v.int().check(z.gte(-9223372036854776000), z.lte(9223372036854776000))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_obfuscation", z.boolean()], ["include_usage", z.boolean()]],
    }).nullable()],
    ["temperature", z.literal(1)],
    ["tool_choice", ChatCompletionToolChoiceOptionSchema],
    ["tools", z.array(ChatCompletionToolSchema).check(z.maxLength(128))],
    ["top_p", z.literal(1)],
    ["user", z.string()],
    ["verbosity", z.literal(["low", "medium", "high", null])],
  ],
  required: ["model", "messages"],
});
