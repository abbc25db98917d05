// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBaseSchema } from "./ChatCompletionRequestBase.f8e48c714be4.js";
import { SamplingParametersSchema } from "./SamplingParameters.e4d5bf612893.js";

export const ChatCompletionRequestSchema: z.ZodType = v.allOf([
  ChatCompletionRequestBaseSchema,
  SamplingParametersSchema,
]);
