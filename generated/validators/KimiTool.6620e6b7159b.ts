// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiFunctionDefinitionSchema } from "./KimiFunctionDefinition.839f34f665ba.js";

export const KimiToolSchema: z.ZodType = v.object({
  properties: [["function", KimiFunctionDefinitionSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
  additionalProperties: false,
});
