// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionMessageSchema } from "./KimiChatCompletionMessage.f779a23bca4e.js";

export const KimiChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", KimiChatCompletionMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
