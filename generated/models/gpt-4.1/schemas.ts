// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.ea715ce7da8f.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.c128fadfddd5.js";
import {
  CreateChatCompletionStreamResponseSchema as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.ac82974fb1f7.js";
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.df31ea86ac65.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.4657762158cb.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.00674f6c24eb.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
