// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseFunctionCallArgumentsDoneEvent: z.ZodType = v.object({
  properties: [
    ["arguments", z.string()],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.function_call_arguments.done")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "arguments"],
});
