// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseSchema } from "./Response.5e20a78ee1fb.js";

export const ResponseIncompleteEventSchema: z.ZodType = v.object({
  properties: [
    ["response", ResponseSchema],
    ["sequence_number", z.number().check(v.integer(), z.gte(0))],
    ["type", z.literal("response.incomplete")],
  ],
  required: ["type", "sequence_number", "response"],
});
