// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletionSchema as response,
} from "../../validators/QwenChatCompletion.609975661ba8.js";
import {
  QwenChatCompletionRequestSchema as request,
} from "../../validators/QwenChatCompletionRequest.37bd851a9885.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
