// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingConfigSchema: z.ZodType = v.object({
  properties: [
    ["includeThoughts", z.boolean()],
    ["thinkingBudget", z.xor([
      v.allOf([z.number().check(v.integer()), z.literal(-1)]),
      z.number().check(v.integer(), z.gte(0), z.lte(24576)),
    ])],
  ],
  additionalProperties: false,
});
