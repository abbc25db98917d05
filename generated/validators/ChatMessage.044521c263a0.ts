// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessage } from "./AssistantMessage.990f07a181a2.js";
import { SystemMessage } from "./SystemMessage.54d5f52636fd.js";
import { ToolMessage } from "./ToolMessage.460c61dece05.js";
import { UserMessage } from "./UserMessage.066dab114573.js";

export const ChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessage],
  [["user"], UserMessage],
  [["assistant"], AssistantMessage],
  [["tool"], ToolMessage],
]);
