// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionRequestBase } from "./ChatCompletionRequestBase.25a977c49873.js";
import { SamplingParameters } from "./SamplingParameters.9e5039313302.js";

export const ChatCompletionRequest: z.ZodType = v.allOf([
  ChatCompletionRequestBase,
  SamplingParameters,
]);
