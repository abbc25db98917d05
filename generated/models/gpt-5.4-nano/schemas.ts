// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponse as responsesRequest,
} from "../../validators/CreateResponse.20b036b87bd3.js";
import { Response as responsesResponse } from "../../validators/Response.d3423254f36f.js";
import {
  ResponseStreamEvent as responsesEvent,
} from "../../validators/ResponseStreamEvent.8b9508cc9f25.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
