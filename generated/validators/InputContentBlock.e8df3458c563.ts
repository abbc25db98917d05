// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { RequestTextBlockSchema } from "./RequestTextBlock.3d09ffe228a7.js";
import { RequestToolResultBlockSchema } from "./RequestToolResultBlock.c3d39078dbfb.js";
import { RequestToolUseBlockSchema } from "./RequestToolUseBlock.f39e092710de.js";

export const InputContentBlockSchema: z.ZodType = v.discriminated("type", [
  [["text"], RequestTextBlockSchema],
  [["tool_use"], RequestToolUseBlockSchema],
  [["tool_result"], RequestToolResultBlockSchema],
]);
