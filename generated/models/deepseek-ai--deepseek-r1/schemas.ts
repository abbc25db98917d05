// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.66262e031ea6.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.7ffec76ac2f8.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.302589fde734.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
