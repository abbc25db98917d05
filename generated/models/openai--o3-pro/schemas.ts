// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.5f1cf47ec34b.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.c128fadfddd5.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
