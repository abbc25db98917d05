// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseUsage: z.ZodType = v.object({
  properties: [
    ["cost", z.number().check(z.gte(0))],
    ["input_tokens", v.int().check(z.gte(0))],
    ["input_tokens_details", v.object({
      properties: [["cached_tokens", v.int().check(z.gte(0))]],
    })],
    ["output_tokens", v.int().check(z.gte(0))],
    ["output_tokens_details", v.object({
      properties: [["reasoning_tokens", v.int().check(z.gte(0))]],
    })],
    ["total_tokens", v.int().check(z.gte(0))],
  ],
  required: ["input_tokens", "output_tokens", "total_tokens"],
});
