// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const SystemInstruction: z.ZodType = v.object({
  properties: [
    [
      "parts",
      z.array(v.object({
        properties: [["text", z.string()]],
        required: ["text"],
        additionalProperties: false,
      })).check(z.minLength(1)),
    ],
    ["role", z.string()],
  ],
  required: ["parts"],
  additionalProperties: false,
});
