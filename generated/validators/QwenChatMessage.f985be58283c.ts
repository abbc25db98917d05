// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenAssistantMessage } from "./QwenAssistantMessage.9c7cb6fe2b7b.js";
import { QwenSystemMessage } from "./QwenSystemMessage.841885301bdc.js";
import { QwenUserMessage } from "./QwenUserMessage.56e3992c8e73.js";

export const QwenChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], QwenSystemMessage],
  [["user"], QwenUserMessage],
  [["assistant"], QwenAssistantMessage],
]);
