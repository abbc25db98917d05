// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { PartSchema } from "./Part.f1a24ef69814.js";

export const ContentSchema: z.ZodType = v.object({
  properties: [
    ["parts", z.array(PartSchema).check(z.minLength(1))],
    ["role", z.literal(["user", "model"])],
  ],
  required: ["parts"],
  additionalProperties: false,
});
