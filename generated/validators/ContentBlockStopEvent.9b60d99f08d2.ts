// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ContentBlockStopEventSchema: z.ZodType = v.object({
  properties: [
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["type", z.literal("content_block_stop")],
  ],
  required: ["type", "index"],
});
