// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionDeclarationSchema } from "./FunctionDeclaration.bf819e61c563.js";

export const ToolSchema: z.ZodType = v.object({
  properties: [
    ["codeExecution", v.object({ additionalProperties: false })],
    ["functionDeclarations", z.array(FunctionDeclarationSchema).check(z.minLength(1))],
    ["googleSearch", v.object({ additionalProperties: false })],
  ],
  additionalProperties: false,
  minProperties: 1,
});
