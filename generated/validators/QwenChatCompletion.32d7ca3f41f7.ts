// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionChoiceSchema } from "./QwenChatCompletionChoice.d65326cf382a.js";
import { QwenUsageSchema } from "./QwenUsage.b8c1f3f74f16.js";

export const QwenChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
