// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionTokenLogprob } from "./ChatCompletionTokenLogprob.7f9818668cc5.js";

export const ChatCompletionChoiceLogprobs: z.ZodType = v.object({
  properties: [
    ["content", z.array(ChatCompletionTokenLogprob).nullable()],
    ["refusal", z.array(ChatCompletionTokenLogprob).nullable()],
  ],
});
