// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPartSchema } from "./KimiTextContentPart.5b50115d5be5.js";

export const KimiSystemMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(KimiTextContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("system")],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
