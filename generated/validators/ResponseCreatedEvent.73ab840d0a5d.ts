// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseSchema } from "./Response.d39c14ed1683.js";

export const ResponseCreatedEventSchema: z.ZodType = v.object({
  properties: [
    ["response", ResponseSchema],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.created")],
  ],
  required: ["type", "sequence_number", "response"],
});
