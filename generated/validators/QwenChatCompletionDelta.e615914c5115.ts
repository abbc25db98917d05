// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenToolCallDelta } from "./QwenToolCallDelta.4a13d671705f.js";

export const QwenChatCompletionDelta: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCallDelta)],
  ],
});
