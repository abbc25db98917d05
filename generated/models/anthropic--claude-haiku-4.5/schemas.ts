// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.59a32646db6d.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.c2e6dac7ce68.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.fc5a8dd4510c.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
