// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { VideoSize } from "./VideoSize.b8068c0d2d41.js";

export const CreateVideoBody: z.ZodType = v.object({
  properties: [
    ["model", z.literal("sora-2-pro")],
    ["prompt", z.string().check(v.minLength(1), v.maxLength(4000))],
    ["seconds", z.literal(["4", "8", "12"])],
    ["size", VideoSize],
  ],
  required: ["model", "prompt"],
  additionalProperties: false,
});
