// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputContentBlockSchema } from "./InputContentBlock.1155b21e8e64.js";

export const InputMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(InputContentBlockSchema).check(z.minLength(1))])],
    ["role", z.literal(["user", "assistant"])],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
