// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.fe34eee222ba.js";
import { Response as responsesResponse } from "../../validators/Response.70123706e962.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.eb2e46e4de18.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
