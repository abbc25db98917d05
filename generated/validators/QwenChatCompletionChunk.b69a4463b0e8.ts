// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  QwenChatCompletionChunkChoiceSchema,
} from "./QwenChatCompletionChunkChoice.7a0cdcfe32c5.js";
import { QwenUsageSchema } from "./QwenUsage.f737c00494ea.js";

export const QwenChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChunkChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
