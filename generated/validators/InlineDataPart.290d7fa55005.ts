// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const InlineDataPart: z.ZodType = v.object({
  properties: [["inlineData", v.object({
    properties: [["data", z.string()], ["mimeType", z.string()]],
    required: ["mimeType", "data"],
    additionalProperties: false,
  })]],
  required: ["inlineData"],
  additionalProperties: false,
});
