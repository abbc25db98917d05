// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.60034f17777a.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.708824e91d37.js";
import { Response as responsesResponse } from "../../validators/Response.f14266662af3.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.5a7598e52d1b.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
