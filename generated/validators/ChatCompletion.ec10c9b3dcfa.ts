// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionBaseSchema } from "./ChatCompletionBase.8752c53f6786.js";
import { UsageSchema } from "./Usage.d1bb3138a84e.js";

export const ChatCompletionSchema: z.ZodType = v.allOf([
  ChatCompletionBaseSchema,
  v.object({ properties: [["usage", UsageSchema]], required: ["usage"] }),
]);
