// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionBaseSchema } from "./ChatCompletionBase.ed266a2538cc.js";
import { UsageSchema } from "./Usage.7fb1536b8960.js";

export const ChatCompletionSchema: z.ZodType = v.allOf([
  ChatCompletionBaseSchema,
  v.object({ properties: [["usage", UsageSchema]], required: ["usage"] }),
]);
