// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.e1d1d2e43f52.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.7269d9cbf625.js";
import { CompletionChunkSchema as chunk } from "../../validators/CompletionChunk.0e064b6bf3d5.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
