// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessageToolCall } from "./ChatCompletionMessageToolCall.6ca45e713762.js";
import {
  ChatCompletionRequestMessageContentPartText,
} from "./ChatCompletionRequestMessageContentPartText.81b6c118968f.js";

export const ChatCompletionRequestAssistantMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(ChatCompletionRequestMessageContentPartText).check(z.minLength(1)),
    ]).nullable()],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["refusal", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ChatCompletionMessageToolCall)],
  ],
  required: ["role"],
});
