// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.073e5da1c0b1.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateChatCompletionStreamResponse as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.7ce0804fa196.js";
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.2068caf9f326.js";
import { Response as responsesResponse } from "../../validators/Response.429d403ce118.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.5c8b5fe888d1.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
