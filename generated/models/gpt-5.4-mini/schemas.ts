// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.1fcee55d3484.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.6ae15180e86b.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.d9e61355535a.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
