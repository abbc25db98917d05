// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTokenLogprob } from "./GeminiTokenLogprob.5be9f88754c4.js";

export const GeminiChoiceLogprobs: z.ZodType = v.object({
  properties: [["content", z.array(GeminiTokenLogprob).nullable()]],
});
