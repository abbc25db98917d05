// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiToolCallDeltaSchema } from "./KimiToolCallDelta.7f8825fea189.js";

export const KimiChatCompletionDeltaSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(KimiToolCallDeltaSchema)],
  ],
  additionalProperties: false,
});
