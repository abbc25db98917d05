// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputItem } from "./ResponseOutputItem.25135460e609.js";

export const ResponseOutputItemAddedEvent: z.ZodType = v.object({
  properties: [
    ["item", ResponseOutputItem],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.output_item.added")],
  ],
  required: ["type", "sequence_number", "output_index", "item"],
});
