// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionDelta } from "./KimiChatCompletionDelta.08c0a902503c.js";

export const KimiChatCompletionChunkChoice: z.ZodType = v.object({
  properties: [
    ["delta", KimiChatCompletionDelta],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
