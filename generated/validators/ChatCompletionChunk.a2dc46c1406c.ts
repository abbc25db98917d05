// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChunkChoiceSchema } from "./ChatCompletionChunkChoice.f854488150f2.js";
import { UsageSchema } from "./Usage.d1bb3138a84e.js";

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
