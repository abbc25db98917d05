// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.376357abf428.js";
import {
  ChatCompletionResponse as response,
} from "../../validators/ChatCompletionResponse.bb36c6d7a5ef.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
