// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Metadata } from "./Metadata.f50d5d7dfac4.js";
import { ResponseInputItem } from "./ResponseInputItem.48901ff9e58f.js";
import { ResponseTextParam } from "./ResponseTextParam.69d98dacb3e6.js";
import { Tool } from "./Tool.c770f2f564d7.js";
import { ToolChoiceOptions } from "./ToolChoiceOptions.b11d2baf16aa.js";

export const CreateResponse: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "reasoning.encrypted_content",
      "web_search_call.action.sources",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItem).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().check(z.gte(16), z.lte(128000)).nullable()],
    ["metadata", Metadata],
    ["model", z.literal("gpt-5.2")],
    ["parallel_tool_calls", z.boolean().nullable()],
    ["previous_response_id", z.string().nullable()],
    ["reasoning", v.object({
      properties: [
        ["effort", z.literal(["none", "low", "medium", "high", "xhigh", null])],
        ["summary", z.literal(["auto", "concise", "detailed", null])],
      ],
    }).nullable()],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean().nullable()],
    ["text", ResponseTextParam],
    ["tool_choice", ToolChoiceOptions],
    ["tools", z.array(Tool)],
    ["truncation", z.literal(["auto", "disabled", null])],
  ],
  required: ["model", "input"],
  additionalProperties: false,
});
