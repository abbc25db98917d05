// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const RequestThinkingBlockSchema: z.ZodType = v.object({
  properties: [
    ["signature", z.string()],
    ["thinking", z.string()],
    ["type", z.literal("thinking")],
  ],
  required: ["type", "thinking", "signature"],
  additionalProperties: false,
});
