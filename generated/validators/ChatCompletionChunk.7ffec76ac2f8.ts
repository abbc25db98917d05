// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChunkChoiceSchema } from "./ChatCompletionChunkChoice.d1e30cd85cd8.js";
import { UsageSchema } from "./Usage.b6cc0a1bbf58.js";

export const ChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChunkChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
