// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.d76561d9acbe.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.2ddf0871d447.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.ab217ca5d64a.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
