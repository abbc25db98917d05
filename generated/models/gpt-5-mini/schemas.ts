// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateChatCompletionRequestSchema as request,
} from "../../validators/CreateChatCompletionRequest.14f75eb83966.js";
import {
  CreateChatCompletionResponseSchema as response,
} from "../../validators/CreateChatCompletionResponse.c128fadfddd5.js";
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.ff87b7db36e8.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.5e20a78ee1fb.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.195711c6a795.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, request, response, responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
