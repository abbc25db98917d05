// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const Base64ImageSource: z.ZodType = v.object({
  properties: [
    ["data", z.string()],
    ["media_type", z.literal(["image/jpeg", "image/png", "image/gif", "image/webp"])],
    ["type", z.literal("base64")],
  ],
  required: ["type", "media_type", "data"],
  additionalProperties: false,
});
