// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Base64ImageSource } from "./Base64ImageSource.d55a92e969ec.js";
import { CacheControlEphemeral } from "./CacheControlEphemeral.e6d797684923.js";

export const RequestImageBlock: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeral.nullable()],
    [
      "source",
      v.discriminated("type", [
        [["base64"], Base64ImageSource],
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
