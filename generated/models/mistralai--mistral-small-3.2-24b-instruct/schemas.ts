// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.f96884608352.js";
import {
  ChatCompletionResponseSchema as response,
} from "../../validators/ChatCompletionResponse.48b17b7c5a0c.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
