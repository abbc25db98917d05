// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const MessageDeltaUsage: z.ZodType = v.object({
  properties: [
    ["cache_creation_input_tokens", v.int().check(z.gte(0)).nullable()],
    ["cache_read_input_tokens", v.int().check(z.gte(0)).nullable()],
    ["cost", z.number().check(z.gte(0))],
    ["input_tokens", v.int().check(z.gte(0)).nullable()],
    ["output_tokens", v.int().check(z.gte(0))],
  ],
  required: ["output_tokens"],
});
