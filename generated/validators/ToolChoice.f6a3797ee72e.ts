// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { NamedToolChoiceSchema } from "./NamedToolChoice.e7564252839e.js";

export const ToolChoiceSchema: z.ZodType = z.union([
  z.literal(["auto", "none", "required"]),
  NamedToolChoiceSchema,
]);
