// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessage } from "./ChatCompletionMessage.fa77bf69ac6c.js";
import { ChoiceLogprobs } from "./ChoiceLogprobs.37a8f3f817f8.js";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal([
      "stop",
      "length",
      "content_filter",
      "tool_calls",
      "insufficient_system_resource",
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChoiceLogprobs.nullable()],
    ["message", ChatCompletionMessage],
  ],
  required: ["index", "message", "finish_reason"],
});
