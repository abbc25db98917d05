// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionSchema } from "./FunctionSchema.bc7a65c4ae7b.js";

export const Tool: z.ZodType = v.object({
  properties: [["function", FunctionSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
});
