// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPartSchema } from "./KimiTextContentPart.5b50115d5be5.js";

export const KimiToolMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(KimiTextContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
  additionalProperties: false,
});
