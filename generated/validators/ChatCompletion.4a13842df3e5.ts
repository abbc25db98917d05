// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.f3136073fb29.js";
import { UsageSchema } from "./Usage.f039015298bd.js";

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
  required: ["id", "object", "created", "model", "choices"],
});
