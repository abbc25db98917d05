// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const FunctionDefinition: z.ZodType = v.object({
  properties: [
    ["description", z.string()],
    [
      "name",
      z.string().check(
        v.maxLength(64),
        v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"),
      ),
    ],
    ["parameters", v.object()],
  ],
  required: ["name"],
  additionalProperties: false,
});
