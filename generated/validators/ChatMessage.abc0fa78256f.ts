// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessage } from "./AssistantMessage.a4ce3a3b8f62.js";
import { SystemMessage } from "./SystemMessage.56601d5cef37.js";
import { ToolMessage } from "./ToolMessage.f789dc360767.js";
import { UserMessage } from "./UserMessage.fac0d83da25f.js";

export const ChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessage],
  [["user"], UserMessage],
  [["assistant"], AssistantMessage],
  [["tool"], ToolMessage],
]);
