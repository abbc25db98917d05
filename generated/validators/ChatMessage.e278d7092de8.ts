// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.b7fd3334396d.js";
import { SystemMessageSchema } from "./SystemMessage.23a9a6b67372.js";
import { UserMessageSchema } from "./UserMessage.2daccc333769.js";

export const ChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
]);
