// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { VideoSize } from "./VideoSize.0355dcf3ee88.js";

export const CreateVideoMultipartBody: z.ZodType = v.object({
  properties: [
    ["generate_audio", z.boolean()],
    ["model", z.literal("veo-3.1")],
    ["negative_prompt", z.string().check(v.maxLength(2500))],
    ["prompt", z.string().check(v.minLength(1), v.maxLength(2000))],
    ["seconds", v.int().check(z.gte(4), z.lte(8))],
    ["seed", v.int().check(z.gte(0), z.lte(4294967295))],
    ["size", VideoSize],
  ],
  required: ["model", "prompt"],
  additionalProperties: false,
});
