// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTokenLogprobSchema } from "./GeminiTokenLogprob.480716947317.js";

export const GeminiChoiceLogprobsSchema: z.ZodType = v.object({
  properties: [["content", z.array(GeminiTokenLogprobSchema).nullable()]],
});
