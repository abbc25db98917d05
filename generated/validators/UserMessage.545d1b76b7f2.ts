// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentChunkSchema } from "./ContentChunk.947edd6192ca.js";

export const UserMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ContentChunkSchema).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
