// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseErrorEvent: z.ZodType = v.object({
  properties: [
    ["code", z.string().nullable()],
    ["message", z.string()],
    ["param", z.string().nullable()],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("error")],
  ],
  required: ["type", "sequence_number", "message"],
});
