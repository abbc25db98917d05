// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessageSchema } from "./ChatCompletionMessage.60f9517eca36.js";

export const ChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "eos"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", ChatCompletionMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
