// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { RequestTextBlock } from "./RequestTextBlock.dbd7b04b5e63.js";
import { RequestToolResultBlock } from "./RequestToolResultBlock.363b3a4b0d48.js";
import { RequestToolUseBlock } from "./RequestToolUseBlock.f8905b2e7a7f.js";

export const InputContentBlock: z.ZodType = v.discriminated("type", [
  [["text"], RequestTextBlock],
  [["tool_use"], RequestToolUseBlock],
  [["tool_result"], RequestToolResultBlock],
]);
