// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenResponseFormatJsonObjectSchema } from "./QwenResponseFormatJsonObject.d2770e921f3f.js";
import { QwenResponseFormatTextSchema } from "./QwenResponseFormatText.9e2d9915f138.js";

export const QwenResponseFormatSchema: z.ZodType = v.discriminated("type", [
  [["text"], QwenResponseFormatTextSchema],
  [["json_object"], QwenResponseFormatJsonObjectSchema],
]);
