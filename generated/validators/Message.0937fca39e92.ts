// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockSchema } from "./ContentBlock.ab603b2973bc.js";
import { MessageUsageSchema } from "./MessageUsage.8dc84721234b.js";

export const MessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.array(ContentBlockSchema)],
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
    ["usage", MessageUsageSchema],
  ],
  required: ["id", "type", "role", "content", "model", "stop_reason", "stop_sequence", "usage"],
});
