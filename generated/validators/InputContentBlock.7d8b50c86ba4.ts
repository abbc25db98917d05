// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { RequestImageBlockSchema } from "./RequestImageBlock.d845e5ac28f8.js";
import { RequestRedactedThinkingBlockSchema } from "./RequestRedactedThinkingBlock.63450db97e59.js";
import { RequestTextBlockSchema } from "./RequestTextBlock.3d09ffe228a7.js";
import { RequestThinkingBlockSchema } from "./RequestThinkingBlock.9f7a67ee7efa.js";
import { RequestToolResultBlockSchema } from "./RequestToolResultBlock.b77a3ee94813.js";
import { RequestToolUseBlockSchema } from "./RequestToolUseBlock.f39e092710de.js";

export const InputContentBlockSchema: z.ZodType = v.discriminated("type", [
  [["text"], RequestTextBlockSchema],
  [["image"], RequestImageBlockSchema],
  [["tool_use"], RequestToolUseBlockSchema],
  [["tool_result"], RequestToolResultBlockSchema],
  [["thinking"], RequestThinkingBlockSchema],
  [["redacted_thinking"], RequestRedactedThinkingBlockSchema],
]);
