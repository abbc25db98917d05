// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletionSchema as response,
} from "../../validators/GeminiChatCompletion.2b5ee6d70d6a.js";
import {
  GeminiChatCompletionRequestSchema as request,
} from "../../validators/GeminiChatCompletionRequest.f73cd1fae5eb.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
