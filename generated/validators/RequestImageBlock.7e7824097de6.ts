// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Base64ImageSourceSchema } from "./Base64ImageSource.55baabbf3900.js";
import { CacheControlEphemeralSchema } from "./CacheControlEphemeral.8a9e0ea1cc08.js";

export const RequestImageBlockSchema: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeralSchema.nullable()],
    [
      "source",
      v.discriminated("type", [
        [["base64"], Base64ImageSourceSchema],
        [
          ["url"],
          v.object({
            properties: [["type", z.literal("url")], ["url", z.string()]],
            required: ["type", "url"],
            additionalProperties: false,
          }),
        ],
      ]),
    ],
    ["type", z.literal("image")],
  ],
  required: ["type", "source"],
  additionalProperties: false,
});
