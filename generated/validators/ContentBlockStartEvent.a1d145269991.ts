// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockSchema } from "./ContentBlock.ab603b2973bc.js";

export const ContentBlockStartEventSchema: z.ZodType = v.object({
  properties: [
    ["content_block", ContentBlockSchema],
    ["index", v.int().check(z.gte(0))],
    ["type", z.literal("content_block_start")],
  ],
  required: ["type", "index", "content_block"],
});
