// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlock } from "./ContentBlock.094c9cefe36e.js";
import { MessageUsage } from "./MessageUsage.2636b40d3286.js";

export const Message: z.ZodType = v.object({
  properties: [
    ["content", z.array(ContentBlock)],
    ["id", z.string()],
    ["model", z.string()],
    ["role", z.literal("assistant")],
    ["stop_reason", z.literal([
      "end_turn",
      "max_tokens",
      "stop_sequence",
      "tool_use",
      "pause_turn",
      "refusal",
      null,
    ])],
    ["stop_sequence", z.string().nullable()],
    ["type", z.literal("message")],
    ["usage", MessageUsage],
  ],
  required: ["id", "type", "role", "content", "model", "stop_reason", "stop_sequence", "usage"],
});
