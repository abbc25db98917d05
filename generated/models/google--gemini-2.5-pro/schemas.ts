// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletion as response,
} from "../../validators/GeminiChatCompletion.0855c82d5399.js";
import {
  GeminiChatCompletionChunk as chunk,
} from "../../validators/GeminiChatCompletionChunk.73032b2997ee.js";
import {
  GeminiChatCompletionRequest as request,
} from "../../validators/GeminiChatCompletionRequest.488c3719e88d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
