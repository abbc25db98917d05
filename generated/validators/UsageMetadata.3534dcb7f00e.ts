// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const UsageMetadataSchema: z.ZodType = v.object({
  properties: [
    ["cachedContentTokenCount", z.number().check(v.integer(), z.gte(0))],
    ["candidatesTokenCount", z.number().check(v.integer(), z.gte(0))],
    ["cost", z.number().check(z.gte(0))],
    ["promptTokenCount", z.number().check(v.integer(), z.gte(0))],
    ["totalTokenCount", z.number().check(v.integer(), z.gte(0))],
  ],
  required: ["promptTokenCount", "totalTokenCount"],
});
