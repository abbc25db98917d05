// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.b2b758953ccb.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.c128fadfddd5.js";
import {
  CreateChatCompletionStreamResponseSchema as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.ac82974fb1f7.js";
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.46da92115c22.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.6ae15180e86b.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.d9e61355535a.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
