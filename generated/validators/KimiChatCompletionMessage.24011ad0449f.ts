// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiToolCall } from "./KimiToolCall.602b9e5839b3.js";

export const KimiChatCompletionMessage: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCall)],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
