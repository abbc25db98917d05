// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const FunctionCallPart: z.ZodType = v.object({
  properties: [
    ["functionCall", v.object({
      properties: [["args", v.object()], ["id", z.string()], ["name", z.string()]],
      required: ["name"],
      additionalProperties: false,
    })],
    ["thoughtSignature", z.string()],
  ],
  required: ["functionCall"],
  additionalProperties: false,
});
