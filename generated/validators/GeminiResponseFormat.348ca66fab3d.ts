// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiResponseFormatJsonSchema } from "./GeminiResponseFormatJsonSchema.1ab96d655025.js";

export const GeminiResponseFormat: z.ZodType = v.discriminated("type", [
  [["text"], v.object({ properties: [["type", z.literal("text")]], required: ["type"] })],
  [
    ["json_object"],
    v.object({ properties: [["type", z.literal("json_object")]], required: ["type"] }),
  ],
  [["json_schema"], GeminiResponseFormatJsonSchema],
]);
