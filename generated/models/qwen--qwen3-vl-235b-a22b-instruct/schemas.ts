// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletionSchema as response,
} from "../../validators/QwenChatCompletion.609975661ba8.js";
import {
  QwenChatCompletionChunkSchema as chunk,
} from "../../validators/QwenChatCompletionChunk.e9ef4fff2f9f.js";
import {
  QwenChatCompletionRequestSchema as request,
} from "../../validators/QwenChatCompletionRequest.e54a6a154635.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
