// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.70337e99f87c.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.0a5514fab8d8.js";
import { CompletionChunkSchema as chunk } from "../../validators/CompletionChunk.e92232868454.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
