// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.bd4317924792.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.47b15838347c.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.7e741a8a37b1.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
