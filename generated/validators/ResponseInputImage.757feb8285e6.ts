// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseInputImage: z.ZodType = v.object({
  properties: [
    ["detail", z.literal(["low", "high", "auto"])],
    ["file_id", z.string().nullable()],
    ["image_url", z.string().nullable()],
    ["type", z.literal("input_image")],
  ],
  required: ["type"],
});
