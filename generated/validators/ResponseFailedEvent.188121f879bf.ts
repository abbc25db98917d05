// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Response } from "./Response.429d403ce118.js";

export const ResponseFailedEvent: z.ZodType = v.object({
  properties: [
    ["response", Response],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.failed")],
  ],
  required: ["type", "sequence_number", "response"],
});
