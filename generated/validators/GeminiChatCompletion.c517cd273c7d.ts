// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiChatCompletionChoiceSchema } from "./GeminiChatCompletionChoice.1ff789525daf.js";
import { GeminiUsageSchema } from "./GeminiUsage.1b815ec1e7ec.js";

export const GeminiChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
