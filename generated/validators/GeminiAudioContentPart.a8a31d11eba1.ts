// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const GeminiAudioContentPart: z.ZodType = v.object({
  properties: [
    ["input_audio", v.object({
      properties: [["data", z.string()], ["format", z.literal(["wav", "mp3"])]],
      required: ["data", "format"],
    })],
    ["type", z.literal("input_audio")],
  ],
  required: ["type", "input_audio"],
});
