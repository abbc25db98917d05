// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionMessageToolCallSchema,
} from "./ChatCompletionMessageToolCall.5cf353b4a4b8.js";

export const ChatCompletionResponseMessageSchema: z.ZodType = v.object({
  properties: [
    ["annotations", z.array(v.object({
      properties: [["type", z.string()], ["url_citation", v.object()]],
      required: ["type"],
    }))],
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["refusal", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ChatCompletionMessageToolCallSchema)],
  ],
  required: ["role", "content"],
});
