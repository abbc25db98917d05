// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionChoiceSchema } from "./KimiChatCompletionChoice.ef39e503b416.js";
import { KimiUsageSchema } from "./KimiUsage.d7a8ffb52613.js";

export const KimiChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
