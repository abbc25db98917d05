// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseReasoningSummaryTextDeltaEvent: z.ZodType = v.object({
  properties: [
    ["delta", z.string()],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["summary_index", v.int().check(z.gte(0))],
    ["type", z.literal("response.reasoning_summary_text.delta")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "summary_index", "delta"],
});
