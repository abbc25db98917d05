// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.37fcc07d8e75.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(32768))],
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(16)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
