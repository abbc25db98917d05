// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiImageContentPartSchema } from "./GeminiImageContentPart.bcc35a2f4971.js";
import { GeminiTextContentPartSchema } from "./GeminiTextContentPart.51f931ccef0d.js";

export const GeminiContentPartSchema: z.ZodType = v.discriminated("type", [
  [["text"], GeminiTextContentPartSchema],
  [["image_url"], GeminiImageContentPartSchema],
]);
