// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTextContentPart } from "./GeminiTextContentPart.4fed1916ef8a.js";

export const GeminiAssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(GeminiTextContentPart).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
  ],
  required: ["role"],
});
