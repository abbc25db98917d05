// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const VideoTask: z.ZodType = v.object({
  properties: [
    ["completed_at", v.int().nullable()],
    ["created_at", v.int()],
    ["error", v.object({
      properties: [["code", z.string()], ["message", z.string()]],
      required: ["code", "message"],
    }).nullable()],
    ["expires_at", v.int().nullable()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("video")],
    ["progress", v.int().check(z.gte(0), z.lte(100))],
    ["prompt", z.string().nullable()],
    ["remixed_from_video_id", z.string().nullable()],
    ["seconds", z.literal(["4", "8", "12"])],
    ["size", z.literal(["720x1280", "1280x720"])],
    ["status", z.literal(["queued", "in_progress", "completed", "failed"])],
  ],
  required: [
    "id",
    "object",
    "model",
    "status",
    "progress",
    "created_at",
    "completed_at",
    "expires_at",
    "size",
    "seconds",
    "error",
    "remixed_from_video_id",
  ],
});
