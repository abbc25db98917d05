// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.a8f3edc898f7.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.04d0eec7087a.js";
import { Response as responsesResponse } from "../../validators/Response.d3423254f36f.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.8b9508cc9f25.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
