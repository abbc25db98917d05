// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Metadata } from "./Metadata.6856039fe72a.js";
import { ResponseInputItem } from "./ResponseInputItem.48901ff9e58f.js";
import { ResponseTextParam } from "./ResponseTextParam.588cb305c4a5.js";
import { Tool } from "./Tool.c770f2f564d7.js";
import { ToolChoiceOptions } from "./ToolChoiceOptions.b11d2baf16aa.js";

export const CreateResponse: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "web_search_call.action.sources",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItem).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().check(z.gte(16), z.lte(32768)).nullable()],
    ["metadata", Metadata],
    ["model", z.literal("gpt-4.1")],
    ["parallel_tool_calls", z.boolean().nullable()],
    ["previous_response_id", z.string().nullable()],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean().nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2)).nullable()],
    ["text", ResponseTextParam],
    ["tool_choice", ToolChoiceOptions],
    ["tools", z.array(Tool)],
    ["top_p", z.number().check(z.gte(0), z.lte(1)).nullable()],
    ["truncation", z.literal(["auto", "disabled", null])],
  ],
  required: ["model", "input"],
  additionalProperties: false,
});
