// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionChoice } from "./KimiChatCompletionChoice.27868f089e35.js";
import { KimiUsage } from "./KimiUsage.767f7aab6bb4.js";

export const KimiChatCompletion: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsage],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
