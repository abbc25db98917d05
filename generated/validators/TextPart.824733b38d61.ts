// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const TextPartSchema: z.ZodType = v.object({
  properties: [["text", z.string()], ["thought", z.boolean()], ["thoughtSignature", z.string()]],
  required: ["text"],
  additionalProperties: false,
});
