// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseTextBlockSchema } from "./ResponseTextBlock.bf1dd50b05d9.js";
import { ResponseToolUseBlockSchema } from "./ResponseToolUseBlock.af4933af28da.js";

export const ContentBlockSchema: z.ZodType = v.discriminated("type", [
  [["text"], ResponseTextBlockSchema],
  [["tool_use"], ResponseToolUseBlockSchema],
]);
