// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingEnabled } from "./ThinkingEnabled.db59e80675e6.js";

export const ThinkingConfig: z.ZodType = v.discriminated("type", [
  [["enabled"], ThinkingEnabled],
  [
    ["disabled"],
    v.object({
      properties: [["type", z.literal("disabled")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
]);
