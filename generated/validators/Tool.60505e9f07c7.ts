// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionDeclaration } from "./FunctionDeclaration.1157207f8914.js";

export const Tool: z.ZodType = v.object({
  properties: [
    ["codeExecution", v.object({ additionalProperties: false })],
    ["functionDeclarations", z.array(FunctionDeclaration).check(z.minLength(1))],
    ["googleSearch", v.object({ additionalProperties: false })],
  ],
  additionalProperties: false,
  minProperties: 1,
});
