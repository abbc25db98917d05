// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseReasoningItem: z.ZodType = v.object({
  properties: [
    ["encrypted_content", z.string().nullable()],
    ["id", z.string()],
    ["status", z.literal(["in_progress", "completed", "incomplete"])],
    ["summary", z.array(v.object({
      properties: [["text", z.string()], ["type", z.literal("summary_text")]],
      required: ["type", "text"],
    }))],
    ["type", z.literal("reasoning")],
  ],
  required: ["type", "id", "summary"],
});
