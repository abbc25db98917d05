// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPartSchema } from "./KimiTextContentPart.5b50115d5be5.js";

export const KimiUserMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(KimiTextContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
