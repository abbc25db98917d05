// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionStreamChoiceSchema } from "./ChatCompletionStreamChoice.ea618415df7e.js";
import { CompletionUsageSchema } from "./CompletionUsage.696c1cf94591.js";

export const CreateChatCompletionStreamResponseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionStreamChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["service_tier", z.string().nullable()],
    ["system_fingerprint", z.string().nullable()],
    ["usage", CompletionUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
