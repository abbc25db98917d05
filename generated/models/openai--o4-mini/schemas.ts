// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.b2982819dd5d.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateChatCompletionStreamResponse as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.7ce0804fa196.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
