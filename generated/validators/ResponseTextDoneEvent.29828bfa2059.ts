// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseTextDoneEvent: z.ZodType = v.object({
  properties: [
    ["content_index", v.int().check(z.gte(0))],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["text", z.string()],
    ["type", z.literal("response.output_text.done")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "content_index", "text"],
});
