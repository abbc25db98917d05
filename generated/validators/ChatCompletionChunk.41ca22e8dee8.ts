// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChunkChoice } from "./ChatCompletionChunkChoice.280776201a01.js";
import { Usage } from "./Usage.e2e508c7c682.js";

export const ChatCompletionChunk: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChunkChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", Usage.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
