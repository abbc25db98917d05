// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Response } from "./Response.f14266662af3.js";

export const ResponseCompletedEvent: z.ZodType = v.object({
  properties: [
    ["response", Response],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.completed")],
  ],
  required: ["type", "sequence_number", "response"],
});
