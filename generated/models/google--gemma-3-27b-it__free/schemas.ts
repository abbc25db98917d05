// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletionSchema as response,
} from "../../validators/GeminiChatCompletion.2b5ee6d70d6a.js";
import {
  GeminiChatCompletionChunkSchema as chunk,
} from "../../validators/GeminiChatCompletionChunk.7d69af65a807.js";
import {
  GeminiChatCompletionRequestSchema as request,
} from "../../validators/GeminiChatCompletionRequest.6a97a2e8d7d3.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
