// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseSchema } from "./Response.5e20a78ee1fb.js";

export const ResponseCompletedEventSchema: z.ZodType = v.object({
  properties: [
    ["response", ResponseSchema],
    ["sequence_number", z.number().check(v.integer(), z.gte(0))],
    ["type", z.literal("response.completed")],
  ],
  required: ["type", "sequence_number", "response"],
});
