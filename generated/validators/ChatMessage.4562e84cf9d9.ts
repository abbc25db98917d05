// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageSchema } from "./AssistantMessage.154fb8a2963c.js";
import { SystemMessageSchema } from "./SystemMessage.af869c3af158.js";
import { UserMessageSchema } from "./UserMessage.3e871dbfaf7e.js";

export const ChatMessageSchema: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessageSchema],
  [["user"], UserMessageSchema],
  [["assistant"], AssistantMessageSchema],
]);
