// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceFunctionSchema: z.ZodType = v.object({
  properties: [["name", z.string()], ["type", z.literal("function")]],
  required: ["type", "name"],
});
