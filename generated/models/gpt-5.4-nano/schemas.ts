// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.94595b23e48e.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.9821cfe5ccbf.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.fde063728a63.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
