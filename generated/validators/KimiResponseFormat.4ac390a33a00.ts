// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiResponseFormatJsonObjectSchema } from "./KimiResponseFormatJsonObject.b2efec44f349.js";
import { KimiResponseFormatTextSchema } from "./KimiResponseFormatText.f9fdfa3c4459.js";

export const KimiResponseFormatSchema: z.ZodType = v.discriminated("type", [
  [["text"], KimiResponseFormatTextSchema],
  [["json_object"], KimiResponseFormatJsonObjectSchema],
]);
