// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const GeminiChatCompletionMessageSchema: z.ZodType = v.object({
  properties: [["content", z.string().nullable()], ["role", z.literal("assistant")]],
  required: ["role", "content"],
});
