// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceAutoSchema: z.ZodType = v.object({
  properties: [["disable_parallel_tool_use", z.boolean()], ["type", z.literal("auto")]],
  required: ["type"],
  additionalProperties: false,
});
