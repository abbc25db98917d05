// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputItem } from "./ResponseOutputItem.f89f916ac992.js";

export const ResponseOutputItemDoneEvent: z.ZodType = v.object({
  properties: [
    ["item", ResponseOutputItem],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.output_item.done")],
  ],
  required: ["type", "sequence_number", "output_index", "item"],
});
