// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  KimiChatCompletionChunkChoiceSchema,
} from "./KimiChatCompletionChunkChoice.9af30ec37d8a.js";
import { KimiUsageSchema } from "./KimiUsage.d7a8ffb52613.js";

export const KimiChatCompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChunkChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsageSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
