// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MetadataSchema } from "./Metadata.8a127450c940.js";
import { ResponseInputItemSchema } from "./ResponseInputItem.cb49c0f7473f.js";
import { ResponseTextParamSchema } from "./ResponseTextParam.1f321e6bab86.js";
import { ToolSchema } from "./Tool.f82476803a30.js";
import { ToolChoiceOptionsSchema } from "./ToolChoiceOptions.128724a5086d.js";

export const CreateResponseSchema: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal([
      "message.output_text.logprobs",
      "web_search_call.action.sources",
    ])).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItemSchema).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().check(z.gte(16), z.lte(16384)).nullable()],
    ["metadata", MetadataSchema],
    ["model", z.literal("gpt-4o")],
    ["parallel_tool_calls", z.boolean().nullable()],
    ["previous_response_id", z.string().nullable()],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean().nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2)).nullable()],
    ["text", ResponseTextParamSchema],
    ["tool_choice", ToolChoiceOptionsSchema],
    ["tools", z.array(ToolSchema)],
    ["top_p", z.number().check(z.gte(0), z.lte(1)).nullable()],
    ["truncation", z.literal(["auto", "disabled", null])],
  ],
  required: ["model", "input"],
  additionalProperties: false,
});
