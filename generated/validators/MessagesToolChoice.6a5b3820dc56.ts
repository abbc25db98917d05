// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const MessagesToolChoice: z.ZodType = v.discriminated("type", [
  [
    ["auto"],
    v.object({
      properties: [["disable_parallel_tool_use", z.boolean()], ["type", z.literal("auto")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
  [
    ["any"],
    v.object({
      properties: [["disable_parallel_tool_use", z.boolean()], ["type", z.literal("any")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
  [
    ["tool"],
    v.object({
      properties: [
        ["disable_parallel_tool_use", z.boolean()],
        ["name", z.string()],
        ["type", z.literal("tool")],
      ],
      required: ["type", "name"],
      additionalProperties: false,
    }),
  ],
  [
    ["none"],
    v.object({
      properties: [["type", z.literal("none")]],
      required: ["type"],
      additionalProperties: false,
    }),
  ],
]);
