// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseWebSearchCall: z.ZodType = v.object({
  properties: [
    ["action", v.object()],
    ["id", z.string()],
    ["status", z.literal(["in_progress", "searching", "completed", "failed"])],
    ["type", z.literal("web_search_call")],
  ],
  required: ["type", "id", "status"],
});
