// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.c4ee86be3450.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.10c59e1c058b.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.e5e70d02a8f0.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
