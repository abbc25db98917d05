// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseFormatJsonObjectSchema: z.ZodType = v.object({
  properties: [["type", z.literal("json_object")]],
  required: ["type"],
});
