// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.d2f92c1cbef6.js";
import { Response as responsesResponse } from "../../validators/Response.f14266662af3.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.5a7598e52d1b.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
