// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  GeminiChatCompletionChunkChoiceSchema,
} from "./GeminiChatCompletionChunkChoice.e80d22ad3c89.js";
import { GeminiUsageSchema } from "./GeminiUsage.1b815ec1e7ec.js";

export const GeminiChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChunkChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
