// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { HarmCategory } from "./HarmCategory.d136930b7d37.js";

export const SafetySetting: z.ZodType = v.object({
  properties: [
    ["category", HarmCategory],
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
