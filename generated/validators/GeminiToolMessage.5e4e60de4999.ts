// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { GeminiTextContentPartSchema } from "./GeminiTextContentPart.51f931ccef0d.js";

export const GeminiToolMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(GeminiTextContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("tool")],
    ["tool_call_id", z.string()],
  ],
  required: ["role", "content", "tool_call_id"],
});
