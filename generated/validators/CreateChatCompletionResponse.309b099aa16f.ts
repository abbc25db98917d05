// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.ad4abd3ae80f.js";
import { CompletionUsage } from "./CompletionUsage.6a604d15eaa7.js";

export const CreateChatCompletionResponse: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["service_tier", z.string().nullable()],
    ["system_fingerprint", z.string().nullable()],
    ["usage", CompletionUsage],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
