// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.3e01901d0251.js";
import { SystemMessageSchema } from "./SystemMessage.382b5e56fbfd.js";
import { ToolMessageSchema } from "./ToolMessage.dfbb571c5d8b.js";
import { UserMessageSchema } from "./UserMessage.545d1b76b7f2.js";

export const MessagesSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
  [["tool"], ToolMessageSchema],
]);
