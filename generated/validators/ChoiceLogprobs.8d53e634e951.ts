// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TokenLogprobSchema } from "./TokenLogprob.d4a7217f3bd5.js";

export const ChoiceLogprobsSchema: z.ZodType = v.object({
  properties: [["content", z.array(TokenLogprobSchema).nullable()]],
});
