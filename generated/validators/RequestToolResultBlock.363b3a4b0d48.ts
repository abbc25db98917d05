// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeral } from "./CacheControlEphemeral.e6d797684923.js";
import { RequestTextBlock } from "./RequestTextBlock.dbd7b04b5e63.js";

export const RequestToolResultBlock: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeral.nullable()],
    ["content", z.union([z.string(), z.array(RequestTextBlock)])],
    ["is_error", z.boolean()],
    ["tool_use_id", z.string().check(v.pattern("^[a-zA-Z0-9_-]+$", "^[\\-0-9A-Z_a-z]+$"))],
    ["type", z.literal("tool_result")],
  ],
  required: ["type", "tool_use_id"],
  additionalProperties: false,
});
