// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionChunkChoice } from "./GeminiChatCompletionChunkChoice.4493fd15d7dc.js";
import { GeminiUsage } from "./GeminiUsage.51c7a85e9f2b.js";

export const GeminiChatCompletionChunk: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChunkChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsage.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
