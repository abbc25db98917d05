// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseFunctionToolCallSchema } from "./ResponseFunctionToolCall.bf8aa503b527.js";
import { ResponseOutputMessageSchema } from "./ResponseOutputMessage.f047e325ebef.js";
import { ResponseReasoningItemSchema } from "./ResponseReasoningItem.825ccf10c07e.js";

export const ResponseOutputItemSchema: z.ZodType = v.discriminated("type", [
  [["message"], ResponseOutputMessageSchema],
  [["function_call"], ResponseFunctionToolCallSchema],
  [["reasoning"], ResponseReasoningItemSchema],
]);
