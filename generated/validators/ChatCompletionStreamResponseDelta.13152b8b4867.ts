// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionMessageToolCallChunkSchema,
} from "./ChatCompletionMessageToolCallChunk.2a0e4fc7a036.js";

export const ChatCompletionStreamResponseDeltaSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["refusal", z.string().nullable()],
    ["role", z.literal(["developer", "system", "user", "assistant", "tool"])],
    ["tool_calls", z.array(ChatCompletionMessageToolCallChunkSchema)],
  ],
});
