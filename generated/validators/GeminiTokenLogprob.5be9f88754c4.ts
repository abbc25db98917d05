// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const GeminiTokenLogprob: z.ZodType = v.object({
  properties: [
    ["bytes", z.array(v.int().check(z.gte(0), z.lte(255))).nullable()],
    ["logprob", z.number().check(z.lte(0))],
    ["token", z.string()],
    ["top_logprobs", z.array(v.object({
      properties: [["logprob", z.number()], ["token", z.string()]],
      required: ["token", "logprob"],
    }))],
  ],
  required: ["token", "logprob"],
});
