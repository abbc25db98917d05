// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const CacheControlEphemeral: z.ZodType = v.object({
  properties: [["ttl", z.literal(["5m", "1h"])], ["type", z.literal("ephemeral")]],
  required: ["type"],
  additionalProperties: false,
});
