// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionMessageSchema } from "./QwenChatCompletionMessage.206c7f1fb16a.js";
import { QwenChoiceLogprobsSchema } from "./QwenChoiceLogprobs.46a86fee5cbb.js";

export const QwenChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", QwenChoiceLogprobsSchema.nullable()],
    ["message", QwenChatCompletionMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
