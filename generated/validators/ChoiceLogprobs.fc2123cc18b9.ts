// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TokenLogprobSchema } from "./TokenLogprob.7c0a1218fe72.js";

export const ChoiceLogprobsSchema: z.ZodType = v.object({
  properties: [["content", z.array(TokenLogprobSchema).nullable()]],
});
