// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageContentPart } from "./ImageContentPart.8ff417ab4b33.js";
import { TextContentPart } from "./TextContentPart.5f7f9989fc00.js";

export const ContentPart: z.ZodType = v.discriminated("type", [
  [["text"], TextContentPart],
  [["image_url"], ImageContentPart],
]);
