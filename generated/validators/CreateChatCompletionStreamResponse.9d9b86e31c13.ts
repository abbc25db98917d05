// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionStreamChoice } from "./ChatCompletionStreamChoice.138f6f18adb6.js";
import { CompletionUsage } from "./CompletionUsage.6a604d15eaa7.js";

export const CreateChatCompletionStreamResponse: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionStreamChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["service_tier", z.string().nullable()],
    ["system_fingerprint", z.string().nullable()],
    ["usage", CompletionUsage.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
