// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenAssistantMessageSchema } from "./QwenAssistantMessage.595f7a327498.js";
import { QwenSystemMessageSchema } from "./QwenSystemMessage.a54a40878416.js";
import { QwenUserMessageSchema } from "./QwenUserMessage.e71d5f1218d6.js";

export const QwenChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], QwenSystemMessageSchema],
  [["user"], QwenUserMessageSchema],
  [["assistant"], QwenAssistantMessageSchema],
]);
