// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputContentSchema } from "./ResponseOutputContent.9b6be94c6df5.js";

export const ResponseOutputMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.array(ResponseOutputContentSchema)],
    ["id", z.string()],
    ["role", z.literal("assistant")],
    ["status", z.literal(["in_progress", "completed", "incomplete"])],
    ["type", z.literal("message")],
  ],
  required: ["type", "id", "role", "status", "content"],
});
