// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ToolCall } from "./ToolCall.0d1bd7db4472.js";

export const ChatCompletionMessage: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCall)],
  ],
  required: ["role", "content"],
});
