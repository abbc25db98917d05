// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceAnySchema: z.ZodType = v.object({
  properties: [["disable_parallel_tool_use", z.boolean()], ["type", z.literal("any")]],
  required: ["type"],
  additionalProperties: false,
});
