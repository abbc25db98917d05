// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTextContentPart } from "./QwenTextContentPart.f026d04204fb.js";
import { QwenToolCall } from "./QwenToolCall.38d8847dc115.js";

export const QwenAssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(QwenTextContentPart).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCall)],
  ],
  required: ["role"],
});
