// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const MessageMetadataSchema: z.ZodType = v.object({
  properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
  additionalProperties: false,
});
