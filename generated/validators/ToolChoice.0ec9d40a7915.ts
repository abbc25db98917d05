// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoice: z.ZodType = z.union([
  z.literal(["auto", "none", "any", "required"]),
  v.object({
    properties: [
      ["function", v.object({ properties: [["name", z.string()]], required: ["name"] })],
      ["type", z.literal("function")],
    ],
    required: ["type", "function"],
  }),
]);
