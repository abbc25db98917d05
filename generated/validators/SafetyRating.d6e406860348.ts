// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { HarmCategorySchema } from "./HarmCategory.5512826629e5.js";

export const SafetyRatingSchema: z.ZodType = v.object({
  properties: [
    ["blocked", z.boolean()],
    ["category", HarmCategorySchema],
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
