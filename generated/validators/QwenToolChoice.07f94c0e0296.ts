// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { QwenNamedToolChoiceSchema } from "./QwenNamedToolChoice.49f1ad6007fe.js";

export const QwenToolChoiceSchema: z.ZodType = z.union([
  z.literal(["none", "auto"]),
  QwenNamedToolChoiceSchema,
]);
