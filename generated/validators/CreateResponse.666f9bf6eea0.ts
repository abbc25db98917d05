// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputItemSchema } from "./ResponseInputItem.cb49c0f7473f.js";
import { ResponseTextParamSchema } from "./ResponseTextParam.1f321e6bab86.js";
import { ToolSchema } from "./Tool.4cb1ca7273c3.js";

export const CreateResponseSchema: z.ZodType = v.object({
  properties: [
    ["include", z.array(z.literal("message.output_text.logprobs")).nullable()],
    ["input", z.union([z.string(), z.array(ResponseInputItemSchema).check(z.minLength(1))])],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().check(z.gte(16), z.lte(16384)).nullable()],
    ["metadata", v.object({
      additionalProperties: z.string().check(v.maxLength(512)),
      propertyNames: z.string().check(v.maxLength(64)),
      maxProperties: 16,
    }).nullable()],
    ["model", z.literal("gpt-4o-mini")],
    ["parallel_tool_calls", z.boolean().nullable()],
    ["previous_response_id", z.string().nullable()],
    ["safety_identifier", z.string().check(v.maxLength(64))],
    ["service_tier", z.literal(["auto", "default", "flex", "priority", null])],
    ["store", z.boolean().nullable()],
    ["stream", z.boolean().nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(2)).nullable()],
    ["text", ResponseTextParamSchema],
    ["tool_choice", z.union([
      z.literal(["none", "auto", "required"]),
      v.object({
        properties: [["name", z.string()], ["type", z.literal("function")]],
        required: ["type", "name"],
      }),
    ])],
    ["tools", z.array(ToolSchema)],
    ["top_p", z.number().check(z.gte(0), z.lte(1)).nullable()],
    ["truncation", z.literal(["auto", "disabled", null])],
  ],
  required: ["model", "input"],
  additionalProperties: false,
});
