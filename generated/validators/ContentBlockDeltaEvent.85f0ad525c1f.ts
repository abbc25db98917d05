// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ContentBlockDeltaEvent: z.ZodType = v.object({
  properties: [
    [
      "delta",
      v.discriminated("type", [
        [
          ["text_delta"],
          v.object({
            properties: [["text", z.string()], ["type", z.literal("text_delta")]],
            required: ["type", "text"],
          }),
        ],
        [
          ["input_json_delta"],
          v.object({
            properties: [["partial_json", z.string()], ["type", z.literal("input_json_delta")]],
            required: ["type", "partial_json"],
          }),
        ],
      ]),
    ],
    ["index", v.int().check(z.gte(0))],
    ["type", z.literal("content_block_delta")],
  ],
  required: ["type", "index", "delta"],
});
