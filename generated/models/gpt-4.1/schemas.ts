// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.0ba8341b9cd4.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateChatCompletionStreamResponse as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.7ce0804fa196.js";
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.14ee5b9b1e45.js";
import { Response as responsesResponse } from "../../validators/Response.f14266662af3.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.5a7598e52d1b.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
