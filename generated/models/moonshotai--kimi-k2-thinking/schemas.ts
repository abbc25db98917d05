// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletionSchema as response,
} from "../../validators/KimiChatCompletion.b0b53e71f62c.js";
import {
  KimiChatCompletionChunkSchema as chunk,
} from "../../validators/KimiChatCompletionChunk.241a68a887bb.js";
import {
  KimiChatCompletionRequestSchema as request,
} from "../../validators/KimiChatCompletionRequest.cac608a0674e.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
