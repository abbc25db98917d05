// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.b61ea922a942.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.336ea7e0a872.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.627693f2ce21.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
