// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.8689a45fe3c0.js";
import { CompletionUsageSchema } from "./CompletionUsage.696c1cf94591.js";

export const CreateChatCompletionResponseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["service_tier", z.string().nullable()],
    ["system_fingerprint", z.string().nullable()],
    ["usage", CompletionUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
