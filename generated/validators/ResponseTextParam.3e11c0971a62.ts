// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  TextResponseFormatConfigurationSchema,
} from "./TextResponseFormatConfiguration.eff7f98f67b0.js";

export const ResponseTextParamSchema: z.ZodType = v.object({
  properties: [
    ["format", TextResponseFormatConfigurationSchema],
    ["verbosity", z.literal(["low", "medium", "high", null])],
  ],
});
