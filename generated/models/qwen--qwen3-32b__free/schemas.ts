// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletion as response,
} from "../../validators/QwenChatCompletion.021d681f5a4d.js";
import {
  QwenChatCompletionChunk as chunk,
} from "../../validators/QwenChatCompletionChunk.2cf247d6031e.js";
import {
  QwenChatCompletionRequest as request,
} from "../../validators/QwenChatCompletionRequest.093efd16418a.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
