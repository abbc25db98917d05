// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingConfigEnabledSchema } from "./ThinkingConfigEnabled.638bf78c7b7e.js";

export const ThinkingConfigParamSchema: z.ZodType = v.discriminated("type", [
  [["enabled"], ThinkingConfigEnabledSchema],
  [
    ["disabled"],
    v.object({
      properties: [["type", z.literal("disabled")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
]);
