// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDeltaSchema } from "./ChatCompletionDelta.af4699f72007.js";
import { ChoiceLogprobsSchema } from "./ChoiceLogprobs.fc2123cc18b9.js";

export const ChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDeltaSchema],
    ["finish_reason", z.literal([
      "stop",
      "length",
      "content_filter",
      "tool_calls",
      "insufficient_system_resource",
      null,
    ])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", ChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
