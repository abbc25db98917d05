// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ToolCallDeltaSchema } from "./ToolCallDelta.98684aaac070.js";

export const DeltaMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.string().nullable()],
    ["reasoning_content", z.string().nullable()],
    ["role", z.literal("assistant")],
    ["tool_calls", z.array(ToolCallDeltaSchema)],
  ],
});
