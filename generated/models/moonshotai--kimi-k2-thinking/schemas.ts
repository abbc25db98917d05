// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletionSchema as response,
} from "../../validators/KimiChatCompletion.da2a18f47544.js";
import {
  KimiChatCompletionChunkSchema as chunk,
} from "../../validators/KimiChatCompletionChunk.05305721a5fd.js";
import {
  KimiChatCompletionRequestSchema as request,
} from "../../validators/KimiChatCompletionRequest.58013b5c036b.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
