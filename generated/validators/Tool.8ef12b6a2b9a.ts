// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionDefinition } from "./FunctionDefinition.6e834342c738.js";

export const Tool: z.ZodType = v.object({
  properties: [["function", FunctionDefinition], ["type", z.literal("function")]],
  required: ["type", "function"],
});
