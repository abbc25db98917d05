// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.05f9ac399ea9.js";
import { Response as responsesResponse } from "../../validators/Response.429d403ce118.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.5c8b5fe888d1.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
