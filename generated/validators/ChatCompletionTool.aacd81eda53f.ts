// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionObject } from "./FunctionObject.830cc10db730.js";

export const ChatCompletionTool: z.ZodType = v.object({
  properties: [["function", FunctionObject], ["type", z.literal("function")]],
  required: ["type", "function"],
});
