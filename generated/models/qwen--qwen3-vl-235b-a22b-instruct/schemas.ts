// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  QwenChatCompletion as response,
} from "../../validators/QwenChatCompletion.cac5bdb839a3.js";
import {
  QwenChatCompletionChunk as chunk,
} from "../../validators/QwenChatCompletionChunk.4c8bffb8271f.js";
import {
  QwenChatCompletionRequest as request,
} from "../../validators/QwenChatCompletionRequest.c49852766886.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
