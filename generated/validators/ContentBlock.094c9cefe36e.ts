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
