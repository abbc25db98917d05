// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenContentPart } from "./QwenContentPart.b45d24c4aa02.js";

export const QwenUserMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(QwenContentPart).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
