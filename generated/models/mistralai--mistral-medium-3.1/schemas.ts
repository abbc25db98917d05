// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.08673d236c9e.js";
import {
  ChatCompletionResponse as response,
} from "../../validators/ChatCompletionResponse.bb36c6d7a5ef.js";
import { CompletionChunk as chunk } from "../../validators/CompletionChunk.bf23fe6bee6e.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
