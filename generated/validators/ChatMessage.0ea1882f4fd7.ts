// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.4f813badda12.js";
import { SystemMessageSchema } from "./SystemMessage.c219d4d17705.js";
import { ToolMessageSchema } from "./ToolMessage.8d28bcf8e066.js";
import { UserMessageSchema } from "./UserMessage.c407a2abf1c8.js";

export const ChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
  [["tool"], ToolMessageSchema],
]);
