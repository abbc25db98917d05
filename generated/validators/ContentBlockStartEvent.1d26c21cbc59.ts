// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlock } from "./ContentBlock.20894cdfd6c1.js";

export const ContentBlockStartEvent: z.ZodType = v.object({
  properties: [
    ["content_block", ContentBlock],
    ["index", v.int().check(z.gte(0))],
    ["type", z.literal("content_block_start")],
  ],
  required: ["type", "index", "content_block"],
});
