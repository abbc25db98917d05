// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Message } from "./Message.93e7cd8519e7.js";

export const MessageStartEvent: z.ZodType = v.object({
  properties: [["message", Message], ["type", z.literal("message_start")]],
  required: ["type", "message"],
});
