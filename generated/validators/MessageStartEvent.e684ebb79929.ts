// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MessageSchema } from "./Message.0937fca39e92.js";

export const MessageStartEventSchema: z.ZodType = v.object({
  properties: [["message", MessageSchema], ["type", z.literal("message_start")]],
  required: ["type", "message"],
});
