// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPartSchema } from "./TextContentPart.4507b61ffd4c.js";

export const AssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(TextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
  ],
  required: ["role"],
});
