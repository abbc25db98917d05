// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.ba48600579be.js";
import { SystemMessageSchema } from "./SystemMessage.af869c3af158.js";
import { ToolMessageSchema } from "./ToolMessage.3c3aa4116c20.js";
import { UserMessageSchema } from "./UserMessage.3e871dbfaf7e.js";

export const ChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
  [["tool"], ToolMessageSchema],
]);
