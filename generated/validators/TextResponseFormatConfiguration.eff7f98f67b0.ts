// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextFormatJsonObjectSchema } from "./TextFormatJsonObject.fd06063947ab.js";
import { TextFormatTextSchema } from "./TextFormatText.9fb1d6c40250.js";
import { TextResponseFormatJsonSchemaSchema } from "./TextResponseFormatJsonSchema.8cc92f045307.js";

export const TextResponseFormatConfigurationSchema: z.ZodType = v.discriminated("type", [
  [["text"], TextFormatTextSchema],
  [["json_object"], TextFormatJsonObjectSchema],
  [["json_schema"], TextResponseFormatJsonSchemaSchema],
]);
