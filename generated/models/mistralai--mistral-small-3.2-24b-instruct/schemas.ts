// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.a93f496b2da8.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.7269d9cbf625.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.0149bd20a1aa.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
