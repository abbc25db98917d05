// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiToolCallSchema } from "./KimiToolCall.aa6dcd2a5302.js";

export const KimiChatCompletionMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCallSchema)],
  ],
  required: ["role", "content"],
  additionalProperties: false,
});
