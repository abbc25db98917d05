// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { KimiNamedToolChoiceSchema } from "./KimiNamedToolChoice.e34d2e87c58a.js";

export const KimiToolChoiceSchema: z.ZodType = z.union([
  z.literal(["none", "auto"]),
  KimiNamedToolChoiceSchema,
]);
