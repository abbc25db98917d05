// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessage } from "./AssistantMessage.a7916d1d177e.js";
import { SystemMessage } from "./SystemMessage.5f36cb912408.js";
import { ToolMessage } from "./ToolMessage.f789dc360767.js";
import { UserMessage } from "./UserMessage.35e0c8f0dbab.js";

export const ChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessage],
  [["user"], UserMessage],
  [["assistant"], AssistantMessage],
  [["tool"], ToolMessage],
]);
