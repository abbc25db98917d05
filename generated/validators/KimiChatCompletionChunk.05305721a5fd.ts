// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  KimiChatCompletionChunkChoiceSchema,
} from "./KimiChatCompletionChunkChoice.97b249097172.js";
import { KimiUsageSchema } from "./KimiUsage.8babec735643.js";

export const KimiChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChunkChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
