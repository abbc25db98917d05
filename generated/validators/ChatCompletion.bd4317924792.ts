// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.0beff5f62808.js";
import { Usage } from "./Usage.8939071a8ffc.js";

export const ChatCompletion: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", Usage],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
