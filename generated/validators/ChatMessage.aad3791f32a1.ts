// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.ffe3f963fce6.js";
import { SystemMessageSchema } from "./SystemMessage.23a9a6b67372.js";
import { ToolMessageSchema } from "./ToolMessage.3c3aa4116c20.js";
import { UserMessageSchema } from "./UserMessage.2daccc333769.js";

export const ChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
  [["tool"], ToolMessageSchema],
]);
