// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const UsageMetadata: z.ZodType = v.object({
  properties: [
    ["cachedContentTokenCount", v.int().check(z.gte(0))],
    ["candidatesTokenCount", v.int().check(z.gte(0))],
    ["cost", z.number().check(z.gte(0))],
    ["promptTokenCount", v.int().check(z.gte(0))],
    ["totalTokenCount", v.int().check(z.gte(0))],
  ],
  required: ["promptTokenCount", "totalTokenCount"],
});
