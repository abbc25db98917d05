// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTextContentPartSchema } from "./GeminiTextContentPart.51f931ccef0d.js";

export const GeminiSystemMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(GeminiTextContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("system")],
  ],
  required: ["role", "content"],
});
