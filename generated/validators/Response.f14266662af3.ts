// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputItem } from "./ResponseOutputItem.25135460e609.js";
import { ResponseUsage } from "./ResponseUsage.18942689ed01.js";

export const Response: z.ZodType = v.object({
  properties: [
    ["created_at", v.int()],
    ["error", v.object({
      properties: [["code", z.string()], ["message", z.string()]],
      required: ["code", "message"],
    }).nullable()],
    ["id", z.string()],
    ["incomplete_details", v.object({
      properties: [["reason", z.literal(["max_output_tokens", "content_filter"])]],
    }).nullable()],
    ["instructions", z.string().nullable()],
    ["max_output_tokens", v.int().nullable()],
    ["metadata", v.object({ additionalProperties: z.string() })],
    ["model", z.string()],
    ["object", z.literal("response")],
    ["output", z.array(ResponseOutputItem)],
    ["previous_response_id", z.string().nullable()],
    ["status", z.literal([
      "completed",
      "failed",
      "in_progress",
      "cancelled",
      "queued",
      "incomplete",
    ])],
    ["store", z.boolean()],
    ["temperature", z.number().nullable()],
    ["top_p", z.number().nullable()],
    ["usage", ResponseUsage.nullable()],
  ],
  required: ["id", "object", "created_at", "status", "model", "output"],
});
