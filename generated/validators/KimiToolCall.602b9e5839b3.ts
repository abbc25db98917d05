// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const KimiToolCall: z.ZodType = v.object({
  properties: [
    ["function", v.object({
      properties: [["arguments", z.string()], ["name", z.string()]],
      required: ["name", "arguments"],
    })],
    ["id", z.string()],
    ["type", z.literal("function")],
  ],
  required: ["id", "type", "function"],
});
