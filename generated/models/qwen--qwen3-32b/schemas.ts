// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletion as response,
} from "../../validators/QwenChatCompletion.8993be80bc1b.js";
import {
  QwenChatCompletionChunk as chunk,
} from "../../validators/QwenChatCompletionChunk.f835e8760c4f.js";
import {
  QwenChatCompletionRequest as request,
} from "../../validators/QwenChatCompletionRequest.bd784c7b1cd4.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
