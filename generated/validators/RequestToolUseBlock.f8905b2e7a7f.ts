// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeral } from "./CacheControlEphemeral.e6d797684923.js";

export const RequestToolUseBlock: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeral.nullable()],
    ["id", z.string().check(v.pattern("^[a-zA-Z0-9_-]+$", "^[\\-0-9A-Z_a-z]+$"))],
    ["input", v.object()],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["type", z.literal("tool_use")],
  ],
  required: ["type", "id", "name", "input"],
  additionalProperties: false,
});
