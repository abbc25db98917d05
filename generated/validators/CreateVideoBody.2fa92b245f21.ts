// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const CreateVideoBody: z.ZodType = v.object({
  properties: [
    ["cfg_scale", z.number().check(z.gte(0), z.lte(1))],
    ["mode", z.literal(["std", "pro"])],
    ["model", z.literal("kling-v2.5")],
    ["negative_prompt", z.string().check(v.maxLength(2500))],
    ["prompt", z.string().check(v.minLength(1), v.maxLength(2500))],
    ["seconds", z.literal(["5", "10"])],
    ["size", z.literal(["1920x1080", "1080x1920", "1080x1080"])],
  ],
  required: ["model", "prompt"],
  additionalProperties: false,
});
