// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenImageContentPartSchema } from "./QwenImageContentPart.9bc42ab565d0.js";
import { QwenTextContentPartSchema } from "./QwenTextContentPart.918d7fa8fb00.js";

export const QwenContentPartSchema: z.ZodType = v.discriminated("type", [
  [["text"], QwenTextContentPartSchema],
  [["image_url"], QwenImageContentPartSchema],
]);
