// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateResponseSchema as responsesRequest,
} from "../../validators/CreateResponse.cc18a22862cf.js";
import { ResponseSchema as responsesResponse } from "../../validators/Response.4657762158cb.js";
import {
  ResponseStreamEventSchema as responsesEvent,
} from "../../validators/ResponseStreamEvent.00674f6c24eb.js";

export { responsesEvent, responsesRequest, responsesResponse };

/** The validators by operation and root. */
export const operations = {
  "responses": { event: responsesEvent, request: responsesRequest, response: responsesResponse },
};
