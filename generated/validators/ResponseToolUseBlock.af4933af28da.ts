// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseToolUseBlockSchema: z.ZodType = v.object({
  properties: [
    ["id", z.string()],
    ["input", v.object()],
    ["name", z.string()],
    ["type", z.literal("tool_use")],
  ],
  required: ["type", "id", "name", "input"],
});
