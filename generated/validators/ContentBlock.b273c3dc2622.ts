// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ResponseRedactedThinkingBlockSchema,
} from "./ResponseRedactedThinkingBlock.8fd3b609b4e4.js";
import { ResponseTextBlockSchema } from "./ResponseTextBlock.bf1dd50b05d9.js";
import { ResponseThinkingBlockSchema } from "./ResponseThinkingBlock.9469efec57ea.js";
import { ResponseToolUseBlockSchema } from "./ResponseToolUseBlock.af4933af28da.js";

export const ContentBlockSchema: z.ZodType = v.discriminated("type", [
  [["text"], ResponseTextBlockSchema],
  [["thinking"], ResponseThinkingBlockSchema],
  [["redacted_thinking"], ResponseRedactedThinkingBlockSchema],
  [["tool_use"], ResponseToolUseBlockSchema],
]);
