// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletionSchema as response,
} from "../../validators/GeminiChatCompletion.caf83b8a92c3.js";
import {
  GeminiChatCompletionChunkSchema as chunk,
} from "../../validators/GeminiChatCompletionChunk.772c4b5f19b6.js";
import {
  GeminiChatCompletionRequestSchema as request,
} from "../../validators/GeminiChatCompletionRequest.f6943f7b8879.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
