// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChoiceLogprobsSchema } from "./ChoiceLogprobs.8d53e634e951.js";

export const ChatCompletionChunkChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", v.object({
      properties: [
        ["content", z.string().nullable()],
        ["reasoning_content", z.string().nullable()],
        ["role", z.literal("assistant")],
      ],
    })],
    ["finish_reason", z.literal([
      "stop",
      "length",
      "content_filter",
      "tool_calls",
      "insufficient_system_resource",
      null,
    ])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", ChoiceLogprobsSchema.nullable()],
  ],
  required: ["index", "delta"],
});
