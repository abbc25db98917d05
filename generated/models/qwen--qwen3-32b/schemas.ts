// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletionSchema as response,
} from "../../validators/QwenChatCompletion.023138a79502.js";
import {
  QwenChatCompletionChunkSchema as chunk,
} from "../../validators/QwenChatCompletionChunk.fdcb7e68f711.js";
import {
  QwenChatCompletionRequestSchema as request,
} from "../../validators/QwenChatCompletionRequest.9778911ce4de.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
