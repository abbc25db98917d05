// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenToolCallDeltaSchema } from "./QwenToolCallDelta.8cae06498250.js";

export const QwenChatCompletionDeltaSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(QwenToolCallDeltaSchema)],
  ],
});
