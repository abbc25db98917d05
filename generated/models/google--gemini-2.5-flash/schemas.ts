// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletion as response,
} from "../../validators/GeminiChatCompletion.f1bc7b98cf78.js";
import {
  GeminiChatCompletionRequest as request,
} from "../../validators/GeminiChatCompletionRequest.6cdb9dbd2671.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
