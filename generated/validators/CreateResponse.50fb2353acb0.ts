// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MetadataSchema } from "./Metadata.4174f6564433.js";
import { ReasoningSchema } from "./Reasoning.5d6c20de2cc6.js";
import { ResponseInputItemSchema } from "./ResponseInputItem.2f1eedacd5d7.js";
import { ResponseTextParamSchema } from "./ResponseTextParam.3e11c0971a62.js";
import { ToolSchema } from "./Tool.f82476803a30.js";
import { ToolChoiceOptionsSchema } from "./ToolChoiceOptions.9e7532417125.js";

export const CreateResponseSchema: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "reasoning.encrypted_content",
      "web_search_call.action.sources",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItemSchema).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", z.number().check(v.integer(), z.gte(16), z.lte(128000)).nullable()],
    ["metadata", MetadataSchema],
    ["model", z.literal("gpt-5")],
    ["parallel_tool_calls", z.boolean().nullable()],
    ["previous_response_id", z.string().nullable()],
    ["reasoning", ReasoningSchema.nullable()],
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
