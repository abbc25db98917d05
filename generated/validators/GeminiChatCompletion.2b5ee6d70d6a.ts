// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionChoiceSchema } from "./GeminiChatCompletionChoice.b8d3436556eb.js";
import { GeminiUsageSchema } from "./GeminiUsage.4d9790f2d3d6.js";

export const GeminiChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
