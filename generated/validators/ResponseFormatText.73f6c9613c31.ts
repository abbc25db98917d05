// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseFormatTextSchema: z.ZodType = v.object({
  properties: [["type", z.literal("text")]],
  required: ["type"],
  additionalProperties: false,
});
