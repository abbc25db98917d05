// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.92147ee2b9f5.js";
import { ResponseFormat } from "./ResponseFormat.66eab63b0657.js";

export const ChatCompletionRequestBase: z.ZodType = v.object({
  properties: [
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["response_format", ResponseFormat],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
  ],
  required: ["model", "messages"],
});
