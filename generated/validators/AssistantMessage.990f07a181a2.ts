// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPart } from "./TextContentPart.1179588eaaf2.js";
import { ToolCall } from "./ToolCall.0d1bd7db4472.js";

export const AssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextContentPart).check(z.minLength(1))]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCall)],
  ],
  required: ["role"],
  additionalProperties: false,
});
