// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletionSchema as response,
} from "../../validators/QwenChatCompletion.e00ae9522139.js";
import {
  QwenChatCompletionChunkSchema as chunk,
} from "../../validators/QwenChatCompletionChunk.73bd71cf994b.js";
import {
  QwenChatCompletionRequestSchema as request,
} from "../../validators/QwenChatCompletionRequest.224748483a56.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
