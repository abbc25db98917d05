// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseFormatJsonSchema } from "./ResponseFormatJsonSchema.9940a92b7f2c.js";

export const ResponseFormat: z.ZodType = v.discriminated("type", [
  [
    ["text"],
    v.object({
      properties: [["type", z.literal("text")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
  [
    ["json_object"],
    v.object({
      properties: [["type", z.literal("json_object")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
  [["json_schema"], ResponseFormatJsonSchema],
]);
