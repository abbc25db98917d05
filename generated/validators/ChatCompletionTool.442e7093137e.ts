// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionObjectSchema } from "./FunctionObject.2ca856f72419.js";

export const ChatCompletionToolSchema: z.ZodType = v.object({
  properties: [["function", FunctionObjectSchema], ["type", z.literal("function")]],
  required: ["type", "function"],
});
