// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const GenerationConfig: z.ZodType = v.object({
  properties: [
    ["candidateCount", v.int().check(z.gte(1), z.lte(8))],
    ["frequencyPenalty", z.number().check(z.gte(-2), z.lt(2))],
    ["logprobs", v.int().check(z.gte(0), z.lte(20))],
    ["maxOutputTokens", v.int().check(z.gte(1), z.lte(65536))],
    ["presencePenalty", z.number().check(z.gte(-2), z.lt(2))],
    ["responseLogprobs", z.boolean()],
    ["responseMimeType", z.literal(["text/plain", "application/json", "text/x.enum"])],
    ["responseSchema", v.object()],
    ["seed", v.int().check(z.gte(-2147483648), z.lte(2147483647))],
    ["stopSequences", z.array(z.string()).check(z.maxLength(5))],
    ["temperature", z.number().check(z.gte(0), z.lte(2))],
    ["topK", v.int().check(z.gte(1), z.lte(64))],
    ["topP", z.number().check(z.gte(0), z.lte(1))],
  ],
  additionalProperties: false,
});
