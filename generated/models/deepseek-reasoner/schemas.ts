// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.07f83131f5f6.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.3b7b4ae68d87.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.4cdd7d8df567.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
