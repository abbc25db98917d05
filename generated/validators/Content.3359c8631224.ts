// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Part } from "./Part.8c961621256f.js";

export const Content: z.ZodType = v.object({
  properties: [
    ["parts", z.array(Part).check(z.minLength(1))],
    ["role", z.literal(["user", "model"])],
  ],
  required: ["parts"],
  additionalProperties: false,
});
