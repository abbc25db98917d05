// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletionSchema as response,
} from "../../validators/KimiChatCompletion.09037dbd2a5c.js";
import {
  KimiChatCompletionChunkSchema as chunk,
} from "../../validators/KimiChatCompletionChunk.bd2b67188cf8.js";
import {
  KimiChatCompletionRequestSchema as request,
} from "../../validators/KimiChatCompletionRequest.ba1d5533c8d3.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
