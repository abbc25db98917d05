// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.7a348fe54732.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.48b17b7c5a0c.js";
import { CompletionChunkSchema as chunk } from "../../validators/CompletionChunk.86f049b54590.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
