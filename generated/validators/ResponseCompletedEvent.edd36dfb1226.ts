// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseSchema } from "./Response.2cbc121a8d9d.js";

export const ResponseCompletedEventSchema: z.ZodType = v.object({
  properties: [
    ["response", ResponseSchema],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.completed")],
  ],
  required: ["type", "sequence_number", "response"],
});
