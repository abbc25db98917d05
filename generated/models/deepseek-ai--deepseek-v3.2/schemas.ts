// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.c9df3e6bcbf3.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.9141e272b673.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.979e093d87c5.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
