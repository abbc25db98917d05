// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { EasyInputMessageSchema } from "./EasyInputMessage.4e3d30cf117a.js";
import { FunctionCallOutputSchema } from "./FunctionCallOutput.4bee1a04b8ff.js";
import { ResponseFunctionToolCallSchema } from "./ResponseFunctionToolCall.bf8aa503b527.js";

export const ResponseInputItemSchema: z.ZodType = z.xor([
  EasyInputMessageSchema,
  ResponseFunctionToolCallSchema,
  FunctionCallOutputSchema,
]);
