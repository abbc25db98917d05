// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.569a2d5dd576.js";
import { UsageInfoSchema } from "./UsageInfo.e0b8582b2345.js";

export const ChatCompletionResponseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfoSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
