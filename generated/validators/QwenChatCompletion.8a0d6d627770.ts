// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionChoiceSchema } from "./QwenChatCompletionChoice.2cc67a168298.js";
import { QwenUsageSchema } from "./QwenUsage.f737c00494ea.js";

export const QwenChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
