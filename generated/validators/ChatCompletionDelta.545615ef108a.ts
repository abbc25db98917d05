// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ToolCallDelta } from "./ToolCallDelta.4cce8b5a95ec.js";

export const ChatCompletionDelta: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCallDelta)],
  ],
  additionalProperties: false,
});
