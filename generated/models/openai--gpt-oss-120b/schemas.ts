// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.c2f933baf152.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.40807c7538ba.js";
import {
  CreateChatCompletionStreamResponseSchema as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.2634baee34a2.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
