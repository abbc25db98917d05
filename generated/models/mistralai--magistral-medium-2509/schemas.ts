// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.4b1f1790d9a8.js";
import {
  ChatCompletionResponse as response,
} from "../../validators/ChatCompletionResponse.1696bc61e35b.js";
import { CompletionChunk as chunk } from "../../validators/CompletionChunk.5369fb2177fa.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
