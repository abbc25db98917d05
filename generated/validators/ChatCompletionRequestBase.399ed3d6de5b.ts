// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatMessage } from "./ChatMessage.abc0fa78256f.js";
import { ResponseFormat } from "./ResponseFormat.66eab63b0657.js";
import { Tool } from "./Tool.8ef12b6a2b9a.js";
import { ToolChoice } from "./ToolChoice.3de56be14d5f.js";

export const ChatCompletionRequestBase: z.ZodType = v.object({
  properties: [
    ["messages", z.array(ChatMessage).check(z.minLength(1))],
    ["model", z.string().check(v.minLength(1))],
    ["response_format", ResponseFormat],
    ["stream", z.boolean()],
    ["stream_options", v.object({ properties: [["include_usage", z.boolean()]] }).nullable()],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(64))],
  ],
  required: ["model", "messages"],
});
