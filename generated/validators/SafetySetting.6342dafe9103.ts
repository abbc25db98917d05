// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { HarmCategorySchema } from "./HarmCategory.5512826629e5.js";

export const SafetySettingSchema: z.ZodType = v.object({
  properties: [
    ["category", HarmCategorySchema],
    ["threshold", z.literal([
      "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
      "BLOCK_LOW_AND_ABOVE",
      "BLOCK_MEDIUM_AND_ABOVE",
      "BLOCK_ONLY_HIGH",
      "BLOCK_NONE",
      "OFF",
    ])],
  ],
  required: ["category", "threshold"],
  additionalProperties: false,
});
