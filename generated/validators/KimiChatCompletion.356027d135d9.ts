// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionChoiceSchema } from "./KimiChatCompletionChoice.3e366e161c96.js";
import { KimiUsageSchema } from "./KimiUsage.8babec735643.js";

export const KimiChatCompletionSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(KimiChatCompletionChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", KimiUsageSchema],
  ],
  required: ["id", "object", "created", "model", "choices", "usage"],
});
