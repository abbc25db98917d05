// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.8cfcd948c5c3.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.e8b4c77e2d32.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
