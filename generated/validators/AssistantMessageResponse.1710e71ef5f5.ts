// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ToolCallSchema } from "./ToolCall.92553c3e8bf4.js";

export const AssistantMessageResponseSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCallSchema)],
  ],
  required: ["role", "content"],
});
