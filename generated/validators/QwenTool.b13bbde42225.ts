// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenFunctionDefinition } from "./QwenFunctionDefinition.509f5c27db2a.js";

export const QwenTool: z.ZodType = v.object({
  properties: [["function", QwenFunctionDefinition], ["type", z.literal("function")]],
  required: ["type", "function"],
});
