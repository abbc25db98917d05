// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBaseSchema } from "./ChatCompletionRequestBase.17b469b465f7.js";
import { SamplingParametersSchema } from "./SamplingParameters.af1e3f033baa.js";

export const ChatCompletionRequestSchema: z.ZodType = v.allOf([
  ChatCompletionRequestBaseSchema,
  SamplingParametersSchema,
]);
