// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenFunctionDefinitionSchema } from "./QwenFunctionDefinition.6e5592345ca3.js";

export const QwenToolSchema: z.ZodType = v.object({
  properties: [["function", QwenFunctionDefinitionSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
});
