// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessageSchema } from "./ChatMessage.4562e84cf9d9.js";
import { ResponseFormatSchema } from "./ResponseFormat.c6fa437d8fc1.js";

export const ChatCompletionRequestBaseSchema: z.ZodType = v.object({
  properties: [
    ["messages", z.array(ChatMessageSchema).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["response_format", ResponseFormatSchema],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
  ],
  required: ["model", "messages"],
});
