// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ContentBlock: z.ZodType = v.discriminated("type", [
  [
    ["text"],
    v.object({
      properties: [
        ["citations", z.array(v.object()).nullable()],
        ["text", z.string()],
        ["type", z.literal("text")],
      ],
      required: ["type", "text"],
    }),
  ],
  [
    ["thinking"],
    v.object({
      properties: [
        ["signature", z.string()],
        ["thinking", z.string()],
        ["type", z.literal("thinking")],
      ],
      required: ["type", "thinking"],
    }),
  ],
  [
    ["redacted_thinking"],
    v.object({
      properties: [["data", z.string()], ["type", z.literal("redacted_thinking")]],
      required: ["type", "data"],
    }),
  ],
  [
    ["tool_use"],
    v.object({
      properties: [
        ["id", z.string()],
        ["input", v.object()],
        ["name", z.string()],
        ["type", z.literal("tool_use")],
      ],
      required: ["type", "id", "name", "input"],
    }),
  ],
]);
