// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Response } from "./Response.d3423254f36f.js";

export const ResponseIncompleteEvent: z.ZodType = v.object({
  properties: [
    ["response", Response],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.incomplete")],
  ],
  required: ["type", "sequence_number", "response"],
});
