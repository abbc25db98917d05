// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiAssistantMessageSchema } from "./GeminiAssistantMessage.1f9a4775493f.js";
import { GeminiSystemMessageSchema } from "./GeminiSystemMessage.a2e5c962124b.js";
import { GeminiToolMessageSchema } from "./GeminiToolMessage.5e4e60de4999.js";
import { GeminiUserMessageSchema } from "./GeminiUserMessage.b5b9be4de7be.js";

export const GeminiChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], GeminiSystemMessageSchema],
  [["user"], GeminiUserMessageSchema],
  [["assistant"], GeminiAssistantMessageSchema],
  [["tool"], GeminiToolMessageSchema],
]);
