// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { HarmBlockThresholdSchema } from "./HarmBlockThreshold.9020366247a6.js";
import { HarmCategorySchema } from "./HarmCategory.5512826629e5.js";

export const SafetySettingSchema: z.ZodType = v.object({
  properties: [["category", HarmCategorySchema], ["threshold", HarmBlockThresholdSchema]],
  required: ["category", "threshold"],
  additionalProperties: false,
});
