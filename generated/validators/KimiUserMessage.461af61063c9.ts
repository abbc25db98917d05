// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPart } from "./KimiTextContentPart.dc8f9457dfdb.js";

export const KimiUserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(KimiTextContentPart).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
