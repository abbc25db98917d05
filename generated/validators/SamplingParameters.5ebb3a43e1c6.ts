// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const SamplingParameters: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["logit_bias", v.object({
      additionalProperties: v.int().check(z.gte(-100), z.lte(100)),
    }).nullable()],
    ["logprobs", v.int().check(z.gte(0), z.lte(20))],
    ["max_tokens", v.int().check(z.gte(1), z.lte(8192))],
    ["min_p", z.number().check(z.gte(0), z.lte(1))],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["repetition_penalty", z.number().check(z.gt(0), z.lte(2))],
    ["seed", v.int()],
    ["stop", z.array(z.string()).check(z.minLength(1), z.maxLength(4))],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["top_k", v.int().check(z.gte(1))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
});
