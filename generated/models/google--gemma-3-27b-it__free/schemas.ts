// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletion as response,
} from "../../validators/GeminiChatCompletion.0e77be9e26b8.js";
import {
  GeminiChatCompletionChunk as chunk,
} from "../../validators/GeminiChatCompletionChunk.0ef3575c1b25.js";
import {
  GeminiChatCompletionRequest as request,
} from "../../validators/GeminiChatCompletionRequest.871f1aed0479.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
