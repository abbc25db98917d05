// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletion as response,
} from "../../validators/GeminiChatCompletion.f1bc7b98cf78.js";
import {
  GeminiChatCompletionChunk as chunk,
} from "../../validators/GeminiChatCompletionChunk.3edfdfaa8320.js";
import {
  GeminiChatCompletionRequest as request,
} from "../../validators/GeminiChatCompletionRequest.9237f7ab4d42.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
