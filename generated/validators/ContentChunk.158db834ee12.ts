// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageURLChunk } from "./ImageURLChunk.04cfe80cc73e.js";
import { TextChunk } from "./TextChunk.3a5dea82bb84.js";

export const ContentChunk: z.ZodType = v.discriminated("type", [
  [["text"], TextChunk],
  [["image_url"], ImageURLChunk],
]);
