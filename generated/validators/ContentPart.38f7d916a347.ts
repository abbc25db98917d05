// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageContentPartSchema } from "./ImageContentPart.5e79a843b251.js";
import { TextContentPartSchema } from "./TextContentPart.8f095588231d.js";

export const ContentPartSchema: z.ZodType = v.discriminated("type", [
  [["text"], TextContentPartSchema],
  [["image_url"], ImageContentPartSchema],
]);
