// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { HarmCategory } from "./HarmCategory.d136930b7d37.js";

export const SafetyRating: z.ZodType = v.object({
  properties: [
    ["blocked", z.boolean()],
    ["category", HarmCategory],
    ["probability", z.literal([
      "HARM_PROBABILITY_UNSPECIFIED",
      "NEGLIGIBLE",
      "LOW",
      "MEDIUM",
      "HIGH",
    ])],
  ],
  required: ["category", "probability"],
});
