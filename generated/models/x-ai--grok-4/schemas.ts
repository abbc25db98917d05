// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.8cfcd948c5c3.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.4bff2a9ae93b.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.5e3a267fc89c.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
