// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.671c2a65bc99.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.7a3e0e38ce03.js";
import { CompletionChunkSchema as chunk } from "../../validators/CompletionChunk.68cfa25082ca.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
