// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeralSchema } from "./CacheControlEphemeral.8a9e0ea1cc08.js";

export const RequestToolUseBlockSchema: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeralSchema.nullable()],
    ["id", z.string().check(v.pattern("^[a-zA-Z0-9_-]+$", "^[\\-0-9A-Z_a-z]+$"))],
    ["input", v.object()],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["type", z.literal("tool_use")],
  ],
  required: ["type", "id", "name", "input"],
  additionalProperties: false,
});
