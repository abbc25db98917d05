// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.c635b3a7ea57.js";
import { UsageSchema } from "./Usage.b6cc0a1bbf58.js";

export const ChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
