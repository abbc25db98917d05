// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";

export const HarmCategory: z.ZodType = z.literal([
  "HARM_CATEGORY_HARASSMENT",
  "HARM_CATEGORY_HATE_SPEECH",
  "HARM_CATEGORY_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_DANGEROUS_CONTENT",
  "HARM_CATEGORY_CIVIC_INTEGRITY",
]);
