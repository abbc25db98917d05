// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestAssistantMessage,
} from "./ChatCompletionRequestAssistantMessage.57cb51cd5d2e.js";
import {
  ChatCompletionRequestDeveloperMessage,
} from "./ChatCompletionRequestDeveloperMessage.df6cd4258599.js";
import {
  ChatCompletionRequestSystemMessage,
} from "./ChatCompletionRequestSystemMessage.0e0f23b47bed.js";
import {
  ChatCompletionRequestToolMessage,
} from "./ChatCompletionRequestToolMessage.08488c1f57b4.js";
import {
  ChatCompletionRequestUserMessage,
} from "./ChatCompletionRequestUserMessage.596a199602bb.js";

export const ChatCompletionRequestMessage: z.ZodType = v.discriminated("role", [
  [["developer"], ChatCompletionRequestDeveloperMessage],
  [["system"], ChatCompletionRequestSystemMessage],
  [["user"], ChatCompletionRequestUserMessage],
  [["assistant"], ChatCompletionRequestAssistantMessage],
  [["tool"], ChatCompletionRequestToolMessage],
]);
