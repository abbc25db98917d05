// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessageToolCall } from "./ChatCompletionMessageToolCall.6ca45e713762.js";

export const ChatCompletionResponseMessage: z.ZodType = v.object({
  properties: [
    ["annotations", z.array(v.object({
      properties: [["type", z.string()], ["url_citation", v.object()]],
      required: ["type"],
    }))],
    ["content", z.string().nullable()],
    ["refusal", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ChatCompletionMessageToolCall)],
  ],
  required: ["role", "content"],
});
