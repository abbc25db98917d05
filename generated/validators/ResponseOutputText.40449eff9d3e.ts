// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseOutputText: z.ZodType = v.object({
  properties: [
    ["annotations", z.array(v.object({ properties: [["type", z.string()]], required: ["type"] }))],
    ["logprobs", z.array(v.object())],
    ["text", z.string()],
    ["type", z.literal("output_text")],
  ],
  required: ["type", "text", "annotations"],
});
