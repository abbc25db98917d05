// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseOutputRefusalSchema: z.ZodType = v.object({
  properties: [["refusal", z.string()], ["type", z.literal("refusal")]],
  required: ["type", "refusal"],
});
