// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const SignatureDeltaSchema: z.ZodType = v.object({
  properties: [["signature", z.string()], ["type", z.literal("signature_delta")]],
  required: ["type", "signature"],
});
