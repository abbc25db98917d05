// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingConfigEnabledSchema } from "./ThinkingConfigEnabled.f6fba26e7f5a.js";

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
