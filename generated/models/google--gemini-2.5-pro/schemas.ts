// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletionSchema as response,
} from "../../validators/GeminiChatCompletion.69677ec716be.js";
import {
  GeminiChatCompletionChunkSchema as chunk,
} from "../../validators/GeminiChatCompletionChunk.fc7905d1677d.js";
import {
  GeminiChatCompletionRequestSchema as request,
} from "../../validators/GeminiChatCompletionRequest.8b19807123d2.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
