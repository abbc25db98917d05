// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const FunctionCallOutputSchema: z.ZodType = v.object({
  properties: [
    ["call_id", z.string()],
    ["output", z.string()],
    ["type", z.literal("function_call_output")],
  ],
  required: ["type", "call_id", "output"],
});
