// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTextContentPart } from "./QwenTextContentPart.f026d04204fb.js";

export const QwenSystemMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(QwenTextContentPart).check(z.minLength(1))])],
    ["role", z.literal("system")],
  ],
  required: ["role", "content"],
});
