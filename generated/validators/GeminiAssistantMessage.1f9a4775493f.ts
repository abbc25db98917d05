// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTextContentPartSchema } from "./GeminiTextContentPart.51f931ccef0d.js";
import { GeminiToolCallSchema } from "./GeminiToolCall.aa0c50a5607c.js";

export const GeminiAssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(GeminiTextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(GeminiToolCallSchema)],
  ],
  required: ["role"],
});
