// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const VideoResult: z.ZodType = v.object({
  properties: [
    ["duration_seconds", z.number().check(z.gte(0))],
    ["provider", v.object({
      properties: [
        ["model", z.string()],
        ["name", z.string()],
        ["region", z.string().nullable()],
        ["request_id", z.string()],
      ],
      required: ["name", "model"],
    })],
    ["thumbnail_url", z.string().nullable()],
    ["video_url", z.string()],
  ],
  required: ["video_url", "provider"],
});
