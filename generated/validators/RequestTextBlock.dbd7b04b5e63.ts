// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeral } from "./CacheControlEphemeral.e6d797684923.js";

export const RequestTextBlock: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeral.nullable()],
    ["text", z.string().check(v.minLength(1))],
    ["type", z.literal("text")],
  ],
  required: ["type", "text"],
  additionalProperties: false,
});
