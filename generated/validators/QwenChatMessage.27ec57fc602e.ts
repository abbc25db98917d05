// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenAssistantMessage } from "./QwenAssistantMessage.5222e10ad4f7.js";
import { QwenSystemMessage } from "./QwenSystemMessage.841885301bdc.js";
import { QwenToolMessage } from "./QwenToolMessage.69197e57394f.js";
import { QwenUserMessage } from "./QwenUserMessage.56e3992c8e73.js";

export const QwenChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], QwenSystemMessage],
  [["user"], QwenUserMessage],
  [["assistant"], QwenAssistantMessage],
  [["tool"], QwenToolMessage],
]);
