// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiContentPart } from "./GeminiContentPart.5ba2642796f4.js";

export const GeminiUserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(GeminiContentPart).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
