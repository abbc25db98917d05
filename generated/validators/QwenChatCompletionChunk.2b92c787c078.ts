// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  QwenChatCompletionChunkChoiceSchema,
} from "./QwenChatCompletionChunkChoice.380cede75c41.js";
import { QwenUsageSchema } from "./QwenUsage.b8c1f3f74f16.js";

export const QwenChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChunkChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
