// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPart } from "./TextContentPart.5f7f9989fc00.js";
import { ToolCall } from "./ToolCall.0d1bd7db4472.js";

export const AssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextContentPart).check(z.minLength(1))]).nullable()],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCall)],
  ],
  required: ["role"],
});
