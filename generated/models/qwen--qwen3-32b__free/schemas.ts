// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletionSchema as response,
} from "../../validators/QwenChatCompletion.32d7ca3f41f7.js";
import {
  QwenChatCompletionChunkSchema as chunk,
} from "../../validators/QwenChatCompletionChunk.2b92c787c078.js";
import {
  QwenChatCompletionRequestSchema as request,
} from "../../validators/QwenChatCompletionRequest.d93e7bebd15f.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
