// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceToolSchema: z.ZodType = v.object({
  properties: [
    ["disable_parallel_tool_use", z.boolean()],
    ["name", z.string()],
    ["type", z.literal("tool")],
  ],
  required: ["type", "name"],
  additionalProperties: false,
});
