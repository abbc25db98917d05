// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { EasyInputMessage } from "./EasyInputMessage.a69d29fa010c.js";
import { ResponseFunctionToolCall } from "./ResponseFunctionToolCall.8090a44c429c.js";

export const ResponseInputItem: z.ZodType = z.xor([
  EasyInputMessage,
  ResponseFunctionToolCall,
  v.object({
    properties: [
      ["call_id", z.string()],
      ["output", z.string()],
      ["type", z.literal("function_call_output")],
    ],
    required: ["type", "call_id", "output"],
  }),
]);
