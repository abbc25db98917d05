// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBaseSchema } from "./ChatCompletionRequestBase.f177cfe5fbaa.js";
import { SamplingParametersSchema } from "./SamplingParameters.af1e3f033baa.js";

export const ChatCompletionRequestSchema: z.ZodType = v.allOf([
  ChatCompletionRequestBaseSchema,
  SamplingParametersSchema,
]);
