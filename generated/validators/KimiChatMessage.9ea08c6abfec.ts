// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiAssistantMessage } from "./KimiAssistantMessage.2f2b2b6429a0.js";
import { KimiSystemMessage } from "./KimiSystemMessage.8e73124011b5.js";
import { KimiToolMessage } from "./KimiToolMessage.0cd7ed79b72b.js";
import { KimiUserMessage } from "./KimiUserMessage.461af61063c9.js";

export const KimiChatMessage: z.ZodType = v.discriminated("role", [
  [["system"], KimiSystemMessage],
  [["user"], KimiUserMessage],
  [["assistant"], KimiAssistantMessage],
  [["tool"], KimiToolMessage],
]);
