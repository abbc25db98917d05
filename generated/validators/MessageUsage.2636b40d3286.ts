// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const MessageUsage: z.ZodType = v.object({
  properties: [
    ["cache_creation_input_tokens", v.int().check(z.gte(0)).nullable()],
    ["cache_read_input_tokens", v.int().check(z.gte(0)).nullable()],
    ["cost", z.number().check(z.gte(0))],
    ["input_tokens", v.int().check(z.gte(0))],
    ["output_tokens", v.int().check(z.gte(0))],
    ["service_tier", z.literal(["standard", "priority", "batch", null])],
  ],
  required: ["input_tokens", "output_tokens"],
});
