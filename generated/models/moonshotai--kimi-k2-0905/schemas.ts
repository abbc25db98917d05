// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletionSchema as response,
} from "../../validators/KimiChatCompletion.356027d135d9.js";
import {
  KimiChatCompletionChunkSchema as chunk,
} from "../../validators/KimiChatCompletionChunk.5b73d3d30edc.js";
import {
  KimiChatCompletionRequestSchema as request,
} from "../../validators/KimiChatCompletionRequest.32c4401e2a1e.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
