// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiTextContentPart } from "./KimiTextContentPart.dc8f9457dfdb.js";
import { KimiToolCall } from "./KimiToolCall.602b9e5839b3.js";

export const KimiAssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(KimiTextContentPart).check(z.minLength(1)),
    ]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCall)],
  ],
  required: ["role"],
  additionalProperties: false,
});
