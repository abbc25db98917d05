// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletion as response,
} from "../../validators/QwenChatCompletion.cac5bdb839a3.js";
import {
  QwenChatCompletionRequest as request,
} from "../../validators/QwenChatCompletionRequest.4ca582e782c6.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
