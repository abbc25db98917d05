// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputImage } from "./ResponseInputImage.757feb8285e6.js";

export const ResponseInputContent: z.ZodType = v.discriminated("type", [
  [
    ["input_text"],
    v.object({
      properties: [["text", z.string()], ["type", z.literal("input_text")]],
      required: ["type", "text"],
    }),
  ],
  [["input_image"], ResponseInputImage],
]);
