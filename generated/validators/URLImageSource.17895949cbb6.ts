// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const URLImageSourceSchema: z.ZodType = v.object({
  properties: [["type", z.literal("url")], ["url", z.string()]],
  required: ["type", "url"],
  additionalProperties: false,
});
