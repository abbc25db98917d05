// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const QwenImageContentPart: z.ZodType = v.object({
  properties: [
    ["image_url", v.object({
      properties: [["detail", z.literal(["auto", "low", "high"])], ["url", z.string()]],
      required: ["url"],
    })],
    ["type", z.literal("image_url")],
  ],
  required: ["type", "image_url"],
});
