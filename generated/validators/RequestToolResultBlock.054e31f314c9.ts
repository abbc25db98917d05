// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeralSchema } from "./CacheControlEphemeral.8a9e0ea1cc08.js";
import { RequestImageBlockSchema } from "./RequestImageBlock.7e7824097de6.js";
import { RequestTextBlockSchema } from "./RequestTextBlock.3d09ffe228a7.js";

export const RequestToolResultBlockSchema: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeralSchema.nullable()],
    ["content", z.union([
      z.string(),
      z.array(
        v.discriminated("type", [
          [["text"], RequestTextBlockSchema],
          [["image"], RequestImageBlockSchema],
        ]),
      ),
    ])],
    ["is_error", z.boolean()],
    ["tool_use_id", z.string().check(v.pattern("^[a-zA-Z0-9_-]+$", "^[\\-0-9A-Z_a-z]+$"))],
    ["type", z.literal("tool_result")],
  ],
  required: ["type", "tool_use_id"],
  additionalProperties: false,
});
