// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const FunctionResponsePart: z.ZodType = v.object({
  properties: [["functionResponse", v.object({
    properties: [["id", z.string()], ["name", z.string()], ["response", v.object()]],
    required: ["name", "response"],
    additionalProperties: false,
  })]],
  required: ["functionResponse"],
  additionalProperties: false,
});
