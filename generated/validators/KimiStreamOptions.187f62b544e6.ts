// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const KimiStreamOptionsSchema: z.ZodType = v.object({
  properties: [["include_usage", z.boolean()]],
  additionalProperties: false,
});
