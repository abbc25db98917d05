// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiImageContentPart } from "./GeminiImageContentPart.e13266b89c77.js";
import { GeminiTextContentPart } from "./GeminiTextContentPart.4fed1916ef8a.js";

export const GeminiContentPart: z.ZodType = v.discriminated("type", [
  [["text"], GeminiTextContentPart],
  [["image_url"], GeminiImageContentPart],
]);
