// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiToolCallDelta } from "./KimiToolCallDelta.7617780a8336.js";

export const KimiChatCompletionDelta: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCallDelta)],
  ],
  additionalProperties: false,
});
