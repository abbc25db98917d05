// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentPart } from "./ContentPart.7f7c7f84b82b.js";

export const UserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ContentPart).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
