// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBase } from "./ChatCompletionRequestBase.92521881dc11.js";
import { SamplingParameters } from "./SamplingParameters.e21bda362b5e.js";

export const ChatCompletionRequest: z.ZodType = v.allOf([
  ChatCompletionRequestBase,
  SamplingParameters,
]);
