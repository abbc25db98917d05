// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MetadataSchema } from "./Metadata.8a127450c940.js";
import { ResponseInputItemSchema } from "./ResponseInputItem.cb49c0f7473f.js";
import { ResponseTextParamSchema } from "./ResponseTextParam.96308cce5869.js";
import { ToolSchema } from "./Tool.f82476803a30.js";
import { ToolChoiceOptionsSchema } from "./ToolChoiceOptions.128724a5086d.js";

export const CreateResponseSchema: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "reasoning.encrypted_content",
      "web_search_call.action.sources",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItemSchema).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().check(z.gte(16), z.lte(128000)).nullable()],
    ["metadata", MetadataSchema],
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
    ["text", ResponseTextParamSchema],
    ["tool_choice", ToolChoiceOptionsSchema],
    ["tools", z.array(ToolSchema)],
    ["truncation", z.literal(["auto", "disabled", null])],
  ],
  required: ["model", "input"],
  additionalProperties: false,
});
