// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  GeminiResponseFormatJsonObjectSchema,
} from "./GeminiResponseFormatJsonObject.b43c3000a3b1.js";
import {
  GeminiResponseFormatJsonSchemaSchema,
} from "./GeminiResponseFormatJsonSchema.e969f6464ce4.js";
import { GeminiResponseFormatTextSchema } from "./GeminiResponseFormatText.37f7079d489a.js";

export const GeminiResponseFormatSchema: z.ZodType = v.discriminated("type", [
  [["text"], GeminiResponseFormatTextSchema],
  [["json_object"], GeminiResponseFormatJsonObjectSchema],
  [["json_schema"], GeminiResponseFormatJsonSchemaSchema],
]);
