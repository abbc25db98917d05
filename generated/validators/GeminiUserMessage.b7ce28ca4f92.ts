// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiContentPartSchema } from "./GeminiContentPart.aeaaeabbec8c.js";

export const GeminiUserMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(GeminiContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
