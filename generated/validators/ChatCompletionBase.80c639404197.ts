// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.c21f9f4a6f9e.js";

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
