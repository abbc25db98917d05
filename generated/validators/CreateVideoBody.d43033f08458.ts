// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const CreateVideoBody: z.ZodType = v.object({
  properties: [
    ["model", z.literal("sora-2")],
    ["prompt", z.string().check(v.minLength(1), v.maxLength(4000))],
    ["seconds", z.literal(["4", "8", "12"])],
    ["size", z.literal(["720x1280", "1280x720"])],
  ],
  required: ["model", "prompt"],
  additionalProperties: false,
});
