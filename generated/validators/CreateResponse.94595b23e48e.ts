// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MetadataSchema } from "./Metadata.4174f6564433.js";
import { ReasoningSchema } from "./Reasoning.c8a38050cea7.js";
import { ResponseInputItemSchema } from "./ResponseInputItem.2f1eedacd5d7.js";
import { ResponseTextParamSchema } from "./ResponseTextParam.3e11c0971a62.js";
import { ToolSchema } from "./Tool.4cb1ca7273c3.js";
import { ToolChoiceOptionsSchema } from "./ToolChoiceOptions.d0f921e5ba13.js";

export const CreateResponseSchema: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "reasoning.encrypted_content",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItemSchema).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", z.number().check(v.integer(), z.gte(16), z.lte(128000)).nullable()],
    ["metadata", MetadataSchema],
    ["model", z.literal("gpt-5.4-nano")],
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
