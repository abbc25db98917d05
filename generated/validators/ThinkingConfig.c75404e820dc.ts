// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingConfigSchema: z.ZodType = v.object({
  properties: [["includeThoughts", z.boolean()], ["thinkingLevel", z.literal(["low", "high"])]],
  additionalProperties: false,
});
