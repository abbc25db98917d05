// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { ToolChoiceFunctionSchema } from "./ToolChoiceFunction.e5879538442b.js";
import { ToolChoiceHostedSchema } from "./ToolChoiceHosted.e42c30c864cd.js";

export const ToolChoiceOptionsSchema: z.ZodType = z.union([
  z.literal(["none", "auto", "required"]),
  ToolChoiceFunctionSchema,
  ToolChoiceHostedSchema,
]);
