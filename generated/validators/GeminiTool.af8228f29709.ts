// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiFunctionDefinition } from "./GeminiFunctionDefinition.bf5a8a934e27.js";

export const GeminiTool: z.ZodType = v.object({
  properties: [["function", GeminiFunctionDefinition], ["type", z.literal("function")]],
  required: ["type", "function"],
});
