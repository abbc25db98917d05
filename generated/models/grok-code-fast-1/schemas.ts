// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.0ac5de0408e2.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.41ca22e8dee8.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.56a9956290c5.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
