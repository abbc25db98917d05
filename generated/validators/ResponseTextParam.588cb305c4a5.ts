// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextResponseFormatConfiguration } from "./TextResponseFormatConfiguration.6b5f50fa20bc.js";

export const ResponseTextParam: z.ZodType = v.object({
  properties: [["format", TextResponseFormatConfiguration]],
});
