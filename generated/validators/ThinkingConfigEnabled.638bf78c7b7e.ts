// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingConfigEnabledSchema: z.ZodType = v.object({
  properties: [
    ["budget_tokens", z.number().check(v.integer(), z.gte(1024), z.lte(127999))],
    ["type", z.literal("enabled")],
  ],
  required: ["type", "budget_tokens"],
  additionalProperties: false,
});
