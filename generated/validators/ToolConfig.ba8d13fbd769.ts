// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolConfig: z.ZodType = v.object({
  properties: [["functionCallingConfig", v.object({
    properties: [
      ["allowedFunctionNames", z.array(z.string())],
      ["mode", z.literal(["AUTO", "ANY", "NONE", "VALIDATED"])],
    ],
    additionalProperties: false,
  })]],
  additionalProperties: false,
});
