// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseFormatJsonObjectSchema } from "./ResponseFormatJsonObject.046f3b388973.js";
import { ResponseFormatTextSchema } from "./ResponseFormatText.77162f6beefb.js";

export const ResponseFormatSchema: z.ZodType = v.discriminated("type", [
  [["text"], ResponseFormatTextSchema],
  [["json_object"], ResponseFormatJsonObjectSchema],
]);
