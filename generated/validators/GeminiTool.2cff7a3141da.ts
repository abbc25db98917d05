// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiFunctionDefinitionSchema } from "./GeminiFunctionDefinition.80221b242adf.js";

export const GeminiToolSchema: z.ZodType = v.object({
  properties: [["function", GeminiFunctionDefinitionSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
});
