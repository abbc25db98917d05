// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextChunk } from "./TextChunk.3a5dea82bb84.js";
import { ToolCall } from "./ToolCall.0d1bd7db4472.js";

export const AssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextChunk).check(z.minLength(1))]).nullable()],
    ["prefix", z.boolean()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCall)],
  ],
  required: ["role"],
});
