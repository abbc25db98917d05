// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GeminiChatCompletionSchema as response,
} from "../../validators/GeminiChatCompletion.caf83b8a92c3.js";
import {
  GeminiChatCompletionRequestSchema as request,
} from "../../validators/GeminiChatCompletionRequest.fc9b04246e9a.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
