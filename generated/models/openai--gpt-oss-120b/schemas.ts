// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.16d1f944df59.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.309b099aa16f.js";
import {
  CreateChatCompletionStreamResponse as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.9d9b86e31c13.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
