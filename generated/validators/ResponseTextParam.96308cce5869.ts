// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  TextResponseFormatConfigurationSchema,
} from "./TextResponseFormatConfiguration.2e0ce7a9b600.js";

export const ResponseTextParamSchema: z.ZodType = v.object({
  properties: [
    ["format", TextResponseFormatConfigurationSchema],
    ["verbosity", z.literal(["low", "medium", "high", null])],
  ],
});
