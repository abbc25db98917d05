// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestAssistantMessageSchema,
} from "./ChatCompletionRequestAssistantMessage.ea154403b48b.js";
import {
  ChatCompletionRequestDeveloperMessageSchema,
} from "./ChatCompletionRequestDeveloperMessage.03e46c7f14b3.js";
import {
  ChatCompletionRequestSystemMessageSchema,
} from "./ChatCompletionRequestSystemMessage.0b52d1a48437.js";
import {
  ChatCompletionRequestToolMessageSchema,
} from "./ChatCompletionRequestToolMessage.3978dd221826.js";
import {
  ChatCompletionRequestUserMessageSchema,
} from "./ChatCompletionRequestUserMessage.3ad2c8083483.js";

export const ChatCompletionRequestMessageSchema: z.ZodType = v.discriminated("role", [
  [["developer"], ChatCompletionRequestDeveloperMessageSchema],
  [["system"], ChatCompletionRequestSystemMessageSchema],
  [["user"], ChatCompletionRequestUserMessageSchema],
  [["assistant"], ChatCompletionRequestAssistantMessageSchema],
  [["tool"], ChatCompletionRequestToolMessageSchema],
]);
