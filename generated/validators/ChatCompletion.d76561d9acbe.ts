// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoice } from "./ChatCompletionChoice.3991b0f8636c.js";
import { Usage } from "./Usage.6de3d66cb2dc.js";

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
  required: ["id", "object", "created", "model", "choices", "usage"],
});
