// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingEnabledSchema } from "./ThinkingEnabled.cb3498f9d407.js";

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
