// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseFunctionToolCall } from "./ResponseFunctionToolCall.8090a44c429c.js";
import { ResponseOutputMessage } from "./ResponseOutputMessage.2c36b29ab301.js";
import { ResponseReasoningItem } from "./ResponseReasoningItem.39df636b69c0.js";

export const ResponseOutputItem: z.ZodType = v.discriminated("type", [
  [["message"], ResponseOutputMessage],
  [["function_call"], ResponseFunctionToolCall],
  [["reasoning"], ResponseReasoningItem],
]);
