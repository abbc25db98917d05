// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionMessageSchema } from "./ChatCompletionMessage.fdd2c51d582c.js";
import { ChoiceLogprobsSchema } from "./ChoiceLogprobs.fc2123cc18b9.js";

export const ChatCompletionChoiceSchema: z.ZodType = v.object({
  properties: [
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter"])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", ChoiceLogprobsSchema.nullable()],
    ["message", ChatCompletionMessageSchema],
  ],
  required: ["index", "message", "finish_reason"],
});
