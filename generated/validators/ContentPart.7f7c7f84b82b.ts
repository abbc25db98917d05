// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageContentPart } from "./ImageContentPart.b6dc1682d67d.js";
import { TextContentPart } from "./TextContentPart.1179588eaaf2.js";

export const ContentPart: z.ZodType = v.discriminated("type", [
  [["text"], TextContentPart],
  [["image_url"], ImageContentPart],
]);
