// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenChatCompletionChoice } from "./QwenChatCompletionChoice.f9a406f02b35.js";
import { QwenUsage } from "./QwenUsage.7f6373b5cd70.js";

export const QwenChatCompletion: z.ZodType = v.object({
  properties: [
    ["choices", z.array(QwenChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", QwenUsage],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
