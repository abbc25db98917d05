// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.a311adf7ea7a.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.dff4563c3dec.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.f2ce8a671db1.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
