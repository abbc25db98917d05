// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionMessageToolCallChunk,
} from "./ChatCompletionMessageToolCallChunk.c8becfdc4d41.js";

export const ChatCompletionStreamResponseDelta: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["refusal", z.string().nullable()],
    ["role", z.literal(["developer", "system", "user", "assistant", "tool"])],
    ["tool_calls", z.array(ChatCompletionMessageToolCallChunk)],
  ],
});
