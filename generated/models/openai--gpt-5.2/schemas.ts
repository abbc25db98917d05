// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequest as request,
} from "../../validators/CreateChatCompletionRequest.a78dabe6d9be.js";
import {
  CreateChatCompletionResponse as response,
} from "../../validators/CreateChatCompletionResponse.ac5ab21110b7.js";
import {
  CreateChatCompletionStreamResponse as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.7ce0804fa196.js";
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.5fea23e3d7b2.js";
import { Response as responsesResponse } from "../../validators/Response.d3423254f36f.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.8b9508cc9f25.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
