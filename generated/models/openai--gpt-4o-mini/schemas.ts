// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.0624ddfad6ca.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
