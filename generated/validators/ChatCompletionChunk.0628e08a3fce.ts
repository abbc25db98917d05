// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChunkChoiceSchema } from "./ChatCompletionChunkChoice.0cd58f7ea5ff.js";
import { UsageSchema } from "./Usage.3c61f1058561.js";

export const ChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChunkChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
