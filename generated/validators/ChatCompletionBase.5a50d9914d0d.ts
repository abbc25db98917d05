// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.6a7191f44b2b.js";

export const ChatCompletionBase: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
