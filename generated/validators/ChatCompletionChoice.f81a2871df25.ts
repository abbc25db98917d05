// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { AssistantMessageResponse } from "./AssistantMessageResponse.b728e8322741.js";

export const ChatCompletionChoice: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "model_length", "error", "tool_calls"])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
    ["message", AssistantMessageResponse],
  ],
  required: ["index", "message", "finish_reason"],
});
