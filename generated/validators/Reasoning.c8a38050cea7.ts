// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ReasoningSchema: z.ZodType = v.object({
  properties: [
    ["effort", z.literal(["none", "low", "medium", "high", null])],
    ["summary", z.literal(["auto", "concise", "detailed", null])],
  ],
});
