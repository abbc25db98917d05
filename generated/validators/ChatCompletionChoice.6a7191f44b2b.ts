// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessage } from "./ChatCompletionMessage.d0cb66d7a37b.js";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", ChatCompletionMessage],
  ],
  required: ["index", "message", "finish_reason"],
});
