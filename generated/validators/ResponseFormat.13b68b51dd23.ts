// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseFormatJsonObjectSchema } from "./ResponseFormatJsonObject.8ae7ec9226e5.js";
import { ResponseFormatTextSchema } from "./ResponseFormatText.73f6c9613c31.js";

export const ResponseFormatSchema: z.ZodType = v.discriminated("type", [
  [["text"], ResponseFormatTextSchema],
  [["json_object"], ResponseFormatJsonObjectSchema],
]);
