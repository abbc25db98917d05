// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { EasyInputMessageSchema } from "./EasyInputMessage.e5859ea9a231.js";
import { ResponseFunctionToolCallSchema } from "./ResponseFunctionToolCall.bf8aa503b527.js";

export const ResponseInputItemSchema: z.ZodType = z.xor([
  EasyInputMessageSchema,
  ResponseFunctionToolCallSchema,
  v.object({
    properties: [
      ["call_id", z.string()],
      ["output", z.string()],
      ["type", z.literal("function_call_output")],
    ],
    required: ["type", "call_id", "output"],
  }),
]);
