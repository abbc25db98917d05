// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiAssistantMessageSchema } from "./KimiAssistantMessage.4e9bcda948b6.js";
import { KimiSystemMessageSchema } from "./KimiSystemMessage.746096a99b50.js";
import { KimiToolMessageSchema } from "./KimiToolMessage.e02770a72bef.js";
import { KimiUserMessageSchema } from "./KimiUserMessage.11d209237f33.js";

export const KimiChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], KimiSystemMessageSchema],
  [["user"], KimiUserMessageSchema],
  [["assistant"], KimiAssistantMessageSchema],
  [["tool"], KimiToolMessageSchema],
]);
