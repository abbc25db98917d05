// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPartSchema } from "./KimiTextContentPart.5b50115d5be5.js";
import { KimiToolCallSchema } from "./KimiToolCall.aa6dcd2a5302.js";

export const KimiAssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(KimiTextContentPartSchema).check(z.minLength(1)),
    ]).nullable()],
    ["partial", z.boolean()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCallSchema)],
  ],
  required: ["role"],
  additionalProperties: false,
});
