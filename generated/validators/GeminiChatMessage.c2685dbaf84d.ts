// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiAssistantMessageSchema } from "./GeminiAssistantMessage.fea57a7cb8a9.js";
import { GeminiSystemMessageSchema } from "./GeminiSystemMessage.a2e5c962124b.js";
import { GeminiUserMessageSchema } from "./GeminiUserMessage.b7ce28ca4f92.js";

export const GeminiChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], GeminiSystemMessageSchema],
  [["user"], GeminiUserMessageSchema],
  [["assistant"], GeminiAssistantMessageSchema],
]);
