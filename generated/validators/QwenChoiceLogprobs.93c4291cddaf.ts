// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTokenLogprob } from "./QwenTokenLogprob.61c465a75812.js";

export const QwenChoiceLogprobs: z.ZodType = v.object({
  properties: [["content", z.array(QwenTokenLogprob).nullable()]],
});
