// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputItemSchema } from "./ResponseOutputItem.6c30da5ef983.js";

export const ResponseOutputItemDoneEventSchema: z.ZodType = v.object({
  properties: [
    ["item", ResponseOutputItemSchema],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.output_item.done")],
  ],
  required: ["type", "sequence_number", "output_index", "item"],
});
