// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { RequestImageBlock } from "./RequestImageBlock.bca334966198.js";
import { RequestTextBlock } from "./RequestTextBlock.dbd7b04b5e63.js";
import { RequestToolResultBlock } from "./RequestToolResultBlock.9940e6e61120.js";
import { RequestToolUseBlock } from "./RequestToolUseBlock.f8905b2e7a7f.js";

export const InputContentBlock: z.ZodType = v.discriminated("type", [
  [["text"], RequestTextBlock],
  [["image"], RequestImageBlock],
  [["tool_use"], RequestToolUseBlock],
  [["tool_result"], RequestToolResultBlock],
  [
    ["thinking"],
    v.object({
      properties: [
        ["signature", z.string()],
        ["thinking", z.string()],
        ["type", z.literal("thinking")],
      ],
      required: ["type", "thinking", "signature"],
      additionalProperties: false,
    }),
  ],
  [
    ["redacted_thinking"],
    v.object({
      properties: [["data", z.string()], ["type", z.literal("redacted_thinking")]],
      required: ["type", "data"],
      additionalProperties: false,
    }),
  ],
]);
