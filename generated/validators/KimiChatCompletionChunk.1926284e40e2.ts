// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionChunkChoice } from "./KimiChatCompletionChunkChoice.53778c26ce36.js";
import { KimiUsage } from "./KimiUsage.767f7aab6bb4.js";

export const KimiChatCompletionChunk: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChunkChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsage.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
