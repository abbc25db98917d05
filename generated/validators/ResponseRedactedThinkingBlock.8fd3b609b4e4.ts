// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseRedactedThinkingBlockSchema: z.ZodType = v.object({
  properties: [["data", z.string()], ["type", z.literal("redacted_thinking")]],
  required: ["type", "data"],
});
