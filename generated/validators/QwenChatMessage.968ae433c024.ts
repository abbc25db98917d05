// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenAssistantMessageSchema } from "./QwenAssistantMessage.08e25819ef42.js";
import { QwenSystemMessageSchema } from "./QwenSystemMessage.a54a40878416.js";
import { QwenToolMessageSchema } from "./QwenToolMessage.2c8ff82e7bc9.js";
import { QwenUserMessageSchema } from "./QwenUserMessage.ac474c181ac7.js";

export const QwenChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], QwenSystemMessageSchema],
  [["user"], QwenUserMessageSchema],
  [["assistant"], QwenAssistantMessageSchema],
  [["tool"], QwenToolMessageSchema],
]);
