// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiAssistantMessage } from "./GeminiAssistantMessage.ca218fbe6ebe.js";
import { GeminiSystemMessage } from "./GeminiSystemMessage.283c291277b3.js";
import { GeminiToolMessage } from "./GeminiToolMessage.93dde2e6d045.js";
import { GeminiUserMessage } from "./GeminiUserMessage.ba523eaa9f25.js";

export const GeminiChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], GeminiSystemMessage],
  [["user"], GeminiUserMessage],
  [["assistant"], GeminiAssistantMessage],
  [["tool"], GeminiToolMessage],
]);
