// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBaseSchema } from "./ChatCompletionRequestBase.f8e48c714be4.js";
import { SamplingParametersSchema } from "./SamplingParameters.62d3b55631b6.js";

export const ChatCompletionRequestSchema: z.ZodType = v.allOf([
  ChatCompletionRequestBaseSchema,
  SamplingParametersSchema,
]);
