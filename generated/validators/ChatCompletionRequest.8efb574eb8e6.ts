// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBase } from "./ChatCompletionRequestBase.399ed3d6de5b.js";
import { SamplingParameters } from "./SamplingParameters.2a68f7729ff0.js";

export const ChatCompletionRequest: z.ZodType = v.allOf([
  ChatCompletionRequestBase,
  SamplingParameters,
]);
