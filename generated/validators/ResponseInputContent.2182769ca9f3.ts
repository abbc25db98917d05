// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputImageSchema } from "./ResponseInputImage.f7838fe6287e.js";

export const ResponseInputContentSchema: z.ZodType = v.discriminated("type", [
  [
    ["input_text"],
    v.object({
      properties: [["text", z.string()], ["type", z.literal("input_text")]],
      required: ["type", "text"],
    }),
  ],
  [["input_image"], ResponseInputImageSchema],
]);
