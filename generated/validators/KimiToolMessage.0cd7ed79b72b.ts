// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPart } from "./KimiTextContentPart.dc8f9457dfdb.js";

export const KimiToolMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(KimiTextContentPart).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
  additionalProperties: false,
});
