// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseFunctionToolCall: z.ZodType = v.object({
  properties: [
    ["arguments", z.string()],
    ["call_id", z.string()],
    ["id", z.string()],
    ["name", z.string()],
    ["status", z.literal(["in_progress", "completed", "incomplete"])],
    ["type", z.literal("function_call")],
  ],
  required: ["type", "call_id", "name", "arguments"],
});
