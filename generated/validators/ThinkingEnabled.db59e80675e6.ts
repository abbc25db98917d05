// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingEnabled: z.ZodType = v.object({
  properties: [
    ["budget_tokens", v.int().check(z.gte(1024), z.lte(63744), v.multipleOf(256))],
    ["type", z.literal("enabled")],
  ],
  required: ["type", "budget_tokens"],
  additionalProperties: false,
});
