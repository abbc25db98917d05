// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ThinkingConfigParam: z.ZodType = v.discriminated("type", [
  [
    ["enabled"],
    v.object({
      properties: [
        ["budget_tokens", v.int().check(z.gte(1024), z.lte(127999))],
        ["type", z.literal("enabled")],
      ],
      required: ["type", "budget_tokens"],
      additionalProperties: false,
    }),
  ],
  [
    ["disabled"],
    v.object({
      properties: [["type", z.literal("disabled")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
]);
