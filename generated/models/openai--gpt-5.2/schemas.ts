// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.e52a726782ea.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.c128fadfddd5.js";
import {
  CreateChatCompletionStreamResponseSchema as chunk,
} from "../../validators/CreateChatCompletionStreamResponse.ac82974fb1f7.js";
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.9be325a16875.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.5e20a78ee1fb.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.195711c6a795.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
