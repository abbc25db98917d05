// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextChunkSchema } from "./TextChunk.7f56a357a254.js";

export const SystemMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextChunkSchema).check(z.minLength(1))])],
    ["role", z.literal("system")],
  ],
  required: ["role", "content"],
});
