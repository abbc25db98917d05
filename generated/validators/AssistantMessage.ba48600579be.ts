// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextContentPartSchema } from "./TextContentPart.4507b61ffd4c.js";
import { ToolCallSchema } from "./ToolCall.92553c3e8bf4.js";

export const AssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(TextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCallSchema)],
  ],
  required: ["role"],
});
