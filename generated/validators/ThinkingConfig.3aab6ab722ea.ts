// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingEnabledSchema } from "./ThinkingEnabled.b77a1dbbc47d.js";

export const ThinkingConfigSchema: z.ZodType = v.discriminated("type", [
  [["enabled"], ThinkingEnabledSchema],
  [
    ["disabled"],
    v.object({
      properties: [["type", z.literal("disabled")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
]);
