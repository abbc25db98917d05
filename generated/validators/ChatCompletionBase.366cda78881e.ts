// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.689683b7a4ac.js";

export const ChatCompletionBaseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
