// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTextContentPartSchema } from "./GeminiTextContentPart.51f931ccef0d.js";

export const GeminiAssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(GeminiTextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
  ],
  required: ["role"],
});
