// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionChoiceSchema } from "./ChatCompletionChoice.e339d3e06612.js";
import { UsageInfoSchema } from "./UsageInfo.73fa5bb2d84d.js";

export const ChatCompletionResponseSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(ChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfoSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
