// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.350dd999133d.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.f64f342f291c.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.abb06c7bb080.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
