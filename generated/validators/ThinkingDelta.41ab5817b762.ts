// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingDeltaSchema: z.ZodType = v.object({
  properties: [["thinking", z.string()], ["type", z.literal("thinking_delta")]],
  required: ["type", "thinking"],
});
