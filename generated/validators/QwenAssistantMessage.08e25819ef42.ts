// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenTextContentPartSchema } from "./QwenTextContentPart.918d7fa8fb00.js";
import { QwenToolCallSchema } from "./QwenToolCall.f82ce2ccf90e.js";

export const QwenAssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(QwenTextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCallSchema)],
  ],
  required: ["role"],
});
