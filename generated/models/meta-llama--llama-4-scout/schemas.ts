// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.bd4317924792.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.8efb574eb8e6.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
