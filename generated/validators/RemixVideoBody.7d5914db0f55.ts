// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const RemixVideoBody: z.ZodType = v.object({
  properties: [
    ["prompt", z.string().check(v.minLength(1), v.maxLength(2500))],
    ["seconds", z.literal(["5", "10"])],
  ],
  required: ["prompt"],
  additionalProperties: false,
});
