// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputContentBlockSchema } from "./InputContentBlock.7d8b50c86ba4.js";

export const InputMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(InputContentBlockSchema).check(z.minLength(1))])],
    ["role", z.literal(["user", "assistant"])],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
