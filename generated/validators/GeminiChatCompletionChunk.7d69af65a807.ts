// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  GeminiChatCompletionChunkChoiceSchema,
} from "./GeminiChatCompletionChunkChoice.a25debf15904.js";
import { GeminiUsageSchema } from "./GeminiUsage.4d9790f2d3d6.js";

export const GeminiChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(GeminiChatCompletionChunkChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", GeminiUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
