// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessageSchema } from "./ChatMessage.31c4e5a0a903.js";
import { ResponseFormatSchema } from "./ResponseFormat.866fec7f10ad.js";
import { ToolSchema } from "./Tool.1da2b7866b5c.js";
import { ToolChoiceSchema } from "./ToolChoice.6fcb8746ffba.js";

export const ChatCompletionRequestBaseSchema: z.ZodType = v.object({
  properties: [
    ["messages", z.array(ChatMessageSchema).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["response_format", ResponseFormatSchema],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["tool_choice", ToolChoiceSchema],
    ["tools", z.array(ToolSchema).check(z.maxLength(64))],
  ],
  required: ["model", "messages"],
});
