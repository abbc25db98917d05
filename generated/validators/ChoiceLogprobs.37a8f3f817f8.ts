// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TokenLogprob } from "./TokenLogprob.4a76a02d2206.js";

export const ChoiceLogprobs: z.ZodType = v.object({
  properties: [["content", z.array(TokenLogprob).nullable()]],
});
