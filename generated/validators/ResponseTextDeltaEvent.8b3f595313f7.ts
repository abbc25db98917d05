// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseTextDeltaEvent: z.ZodType = v.object({
  properties: [
    ["content_index", v.int().check(z.gte(0))],
    ["delta", z.string()],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.output_text.delta")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "content_index", "delta"],
});
