// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPart } from "./TextContentPart.5f7f9989fc00.js";

export const UserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextContentPart).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
