// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { RequestImageBlockSchema } from "./RequestImageBlock.7e7824097de6.js";
import { RequestTextBlockSchema } from "./RequestTextBlock.3d09ffe228a7.js";
import { RequestToolResultBlockSchema } from "./RequestToolResultBlock.054e31f314c9.js";
import { RequestToolUseBlockSchema } from "./RequestToolUseBlock.f39e092710de.js";

export const InputContentBlockSchema: z.ZodType = v.discriminated("type", [
  [["text"], RequestTextBlockSchema],
  [["image"], RequestImageBlockSchema],
  [["tool_use"], RequestToolUseBlockSchema],
  [["tool_result"], RequestToolResultBlockSchema],
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
