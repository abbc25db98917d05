// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.fea2c45c198d.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.c9990cdd18e4.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.0849fefa4090.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
