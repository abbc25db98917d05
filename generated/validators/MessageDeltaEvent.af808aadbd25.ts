// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { MessageDeltaUsage } from "./MessageDeltaUsage.2425705aefbc.js";

export const MessageDeltaEvent: z.ZodType = v.object({
  properties: [
    ["delta", v.object({
      properties: [
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
      ],
      required: ["stop_reason"],
    })],
    ["type", z.literal("message_delta")],
    ["usage", MessageDeltaUsage],
  ],
  required: ["type", "delta", "usage"],
});
