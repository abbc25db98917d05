// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionDefinitionSchema } from "./FunctionDefinition.1f12019d20f2.js";

export const ToolSchema: z.ZodType = v.object({
  properties: [["function", FunctionDefinitionSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
  additionalProperties: false,
});
