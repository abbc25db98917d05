// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputContent } from "./ResponseOutputContent.02fa6d289791.js";

export const ResponseOutputMessage: z.ZodType = v.object({
  properties: [
    ["content", z.array(ResponseOutputContent)],
    ["id", z.string()],
    ["role", z.literal("assistant")],
    ["status", z.literal(["in_progress", "completed", "incomplete"])],
    ["type", z.literal("message")],
  ],
  required: ["type", "id", "role", "status", "content"],
});
