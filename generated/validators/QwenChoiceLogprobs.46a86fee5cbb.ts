// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTokenLogprobSchema } from "./QwenTokenLogprob.9b5204f3d179.js";

export const QwenChoiceLogprobsSchema: z.ZodType = v.object({
  properties: [["content", z.array(QwenTokenLogprobSchema).nullable()]],
});
