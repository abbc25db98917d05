// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceNoneSchema: z.ZodType = v.object({
  properties: [["type", z.literal("none")]],
  required: ["type"],
  additionalProperties: false,
});
