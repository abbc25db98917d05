// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeralSchema } from "./CacheControlEphemeral.8a9e0ea1cc08.js";

export const RequestTextBlockSchema: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeralSchema.nullable()],
    ["text", z.string().check(v.minLength(1))],
    ["type", z.literal("text")],
  ],
  required: ["type", "text"],
  additionalProperties: false,
});
