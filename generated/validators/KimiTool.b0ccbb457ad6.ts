// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiFunctionDefinition } from "./KimiFunctionDefinition.756a14160c85.js";

export const KimiTool: z.ZodType = v.object({
  properties: [["function", KimiFunctionDefinition], ["type", z.literal("function")]],
  required: ["type", "function"],
  additionalProperties: false,
});
