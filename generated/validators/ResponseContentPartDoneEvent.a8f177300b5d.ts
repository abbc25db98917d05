// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputContentSchema } from "./ResponseOutputContent.9b6be94c6df5.js";

export const ResponseContentPartDoneEventSchema: z.ZodType = v.object({
  properties: [
    ["content_index", v.int().check(z.gte(0))],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["part", ResponseOutputContentSchema],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.content_part.done")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "content_index", "part"],
});
