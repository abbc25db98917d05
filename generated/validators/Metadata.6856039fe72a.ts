// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const Metadata: z.ZodType = v.object({
  additionalProperties: z.string().check(v.maxLength(512)),
  propertyNames: z.string().check(v.maxLength(64)),
  maxProperties: 16,
}).nullable();
