// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageContentPartSchema } from "./ImageContentPart.d2cf953dae23.js";
import { TextContentPartSchema } from "./TextContentPart.4507b61ffd4c.js";

export const ContentPartSchema: z.ZodType = v.discriminated("type", [
  [["text"], TextContentPartSchema],
  [["image_url"], ImageContentPartSchema],
]);
