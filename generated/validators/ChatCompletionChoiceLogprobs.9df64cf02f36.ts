// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionTokenLogprobSchema } from "./ChatCompletionTokenLogprob.6dfa8b88749a.js";

export const ChatCompletionChoiceLogprobsSchema: z.ZodType = v.object({
  properties: [
    ["content", z.array(ChatCompletionTokenLogprobSchema).nullable()],
    ["refusal", z.array(ChatCompletionTokenLogprobSchema).nullable()],
  ],
});
