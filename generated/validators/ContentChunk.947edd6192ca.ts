// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ImageURLChunkSchema } from "./ImageURLChunk.639f7a89af81.js";
import { TextChunkSchema } from "./TextChunk.7f56a357a254.js";

export const ContentChunkSchema: z.ZodType = v.discriminated("type", [
  [["text"], TextChunkSchema],
  [["image_url"], ImageURLChunkSchema],
]);
