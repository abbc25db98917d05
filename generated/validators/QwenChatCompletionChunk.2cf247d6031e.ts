// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionChunkChoice } from "./QwenChatCompletionChunkChoice.713f6190646d.js";
import { QwenUsage } from "./QwenUsage.7f6373b5cd70.js";

export const QwenChatCompletionChunk: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChunkChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsage.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
