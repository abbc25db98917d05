// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionMessage } from "./KimiChatCompletionMessage.8ac464712725.js";

export const KimiChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", KimiChatCompletionMessage],
  ],
  required: ["index", "message", "finish_reason"],
});
