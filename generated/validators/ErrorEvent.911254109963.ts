// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ErrorEvent: z.ZodType = v.object({
  properties: [
    ["error", v.object({
      properties: [["message", z.string()], ["type", z.string()]],
      required: ["type", "message"],
    })],
    ["type", z.literal("error")],
  ],
  required: ["type", "error"],
});
