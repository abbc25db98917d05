// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { KimiChatCompletionDeltaSchema } from "./KimiChatCompletionDelta.0ec2bb6c2957.js";

export const KimiChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", KimiChatCompletionDeltaSchema],
    ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
