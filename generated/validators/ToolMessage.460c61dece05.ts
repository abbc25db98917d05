// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPart } from "./TextContentPart.1179588eaaf2.js";

export const ToolMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextContentPart).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
  additionalProperties: false,
});
