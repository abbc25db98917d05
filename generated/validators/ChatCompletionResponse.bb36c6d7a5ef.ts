// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.f81a2871df25.js";
import { UsageInfo } from "./UsageInfo.3ca38fa65b6f.js";

export const ChatCompletionResponse: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfo],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
