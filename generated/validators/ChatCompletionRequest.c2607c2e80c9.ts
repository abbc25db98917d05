// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBaseSchema } from "./ChatCompletionRequestBase.f177cfe5fbaa.js";
import { SamplingParametersSchema } from "./SamplingParameters.af8949a4d640.js";

export const ChatCompletionRequestSchema: z.ZodType = v.allOf([
  ChatCompletionRequestBaseSchema,
  SamplingParametersSchema,
]);
