// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionMessageToolCallSchema,
} from "./ChatCompletionMessageToolCall.5cf353b4a4b8.js";
import {
  ChatCompletionRequestMessageContentPartTextSchema,
} from "./ChatCompletionRequestMessageContentPartText.127d7652fde4.js";

export const ChatCompletionRequestAssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(ChatCompletionRequestMessageContentPartTextSchema).check(z.minLength(1)),
    ]).nullable()],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["refusal", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ChatCompletionMessageToolCallSchema)],
  ],
  required: ["role"],
});
