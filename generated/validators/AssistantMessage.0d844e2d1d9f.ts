// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { TextChunkSchema } from "./TextChunk.7f56a357a254.js";
import { ToolCallSchema } from "./ToolCall.92553c3e8bf4.js";

export const AssistantMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(TextChunkSchema).check(z.minLength(1))]).nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCallSchema)],
  ],
  required: ["role"],
});
