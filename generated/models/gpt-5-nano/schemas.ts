// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.45ce9993b75f.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.5e20a78ee1fb.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.195711c6a795.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
