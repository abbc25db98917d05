// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessage } from "./AssistantMessage.9e043b2af67e.js";
import { SystemMessage } from "./SystemMessage.f20a357c3f1a.js";
import { ToolMessage } from "./ToolMessage.24e1142f6726.js";
import { UserMessage } from "./UserMessage.8e668f6196d0.js";

export const Messages: z.ZodType = v.discriminated("role", [
  [["system"], SystemMessage],
  [["user"], UserMessage],
  [["assistant"], AssistantMessage],
  [["tool"], ToolMessage],
]);
