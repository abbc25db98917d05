// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputContentBlock } from "./InputContentBlock.1fbfd57928c2.js";

export const InputMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(InputContentBlock).check(z.minLength(1))])],
    ["role", z.literal(["user", "assistant"])],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
