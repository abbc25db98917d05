// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTextContentPart } from "./QwenTextContentPart.f026d04204fb.js";

export const QwenToolMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(QwenTextContentPart).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
});
