// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.82f0f8d17146.js";
import { CompletionUsageSchema } from "./CompletionUsage.6a7fb7147dbb.js";

export const CreateChatCompletionResponseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["service_tier", z.string().nullable()],
    ["system_fingerprint", z.string().nullable()],
    ["usage", CompletionUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
