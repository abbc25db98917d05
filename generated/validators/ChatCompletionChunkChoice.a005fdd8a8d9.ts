// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionDeltaSchema } from "./ChatCompletionDelta.084a3f23b14f.js";
import { ChoiceLogprobsSchema } from "./ChoiceLogprobs.fc2123cc18b9.js";

export const ChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", ChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", ChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
