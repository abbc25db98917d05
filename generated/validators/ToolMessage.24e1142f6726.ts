// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextChunk } from "./TextChunk.3a5dea82bb84.js";

export const ToolMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextChunk).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
});
