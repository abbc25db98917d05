// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { GeminiNamedToolChoiceSchema } from "./GeminiNamedToolChoice.f65458d55ce8.js";

export const GeminiToolChoiceSchema: z.ZodType = z.union([
  z.literal(["none", "auto", "required"]),
  GeminiNamedToolChoiceSchema,
]);
