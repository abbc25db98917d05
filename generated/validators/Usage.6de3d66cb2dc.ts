// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const Usage: z.ZodType = v.object({
  properties: [
    ["completion_tokens", v.int().check(z.gte(0))],
    ["completion_tokens_details", v.object({
      properties: [["reasoning_tokens", v.int().check(z.gte(0))]],
    })],
    ["cost", z.number().check(z.gte(0))],
    ["prompt_cache_hit_tokens", v.int().check(z.gte(0))],
    ["prompt_cache_miss_tokens", v.int().check(z.gte(0))],
    ["prompt_tokens", v.int().check(z.gte(0))],
    ["prompt_tokens_details", v.object({
      properties: [["cached_tokens", v.int().check(z.gte(0))]],
    })],
    ["total_tokens", v.int().check(z.gte(0))],
  ],
  required: ["prompt_tokens", "completion_tokens", "total_tokens"],
});
