// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenImageContentPart } from "./QwenImageContentPart.277789d774e6.js";
import { QwenTextContentPart } from "./QwenTextContentPart.f026d04204fb.js";

export const QwenContentPart: z.ZodType = v.discriminated("type", [
  [["text"], QwenTextContentPart],
  [["image_url"], QwenImageContentPart],
]);
