// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionChoice } from "./GeminiChatCompletionChoice.889da5ef95a9.js";
import { GeminiUsage } from "./GeminiUsage.51c7a85e9f2b.js";

export const GeminiChatCompletion: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsage],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
