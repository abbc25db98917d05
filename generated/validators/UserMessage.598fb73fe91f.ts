// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentChunk } from "./ContentChunk.158db834ee12.js";

export const UserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ContentChunk).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
