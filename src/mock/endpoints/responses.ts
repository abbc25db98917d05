import { RESPONSES_FRAMING, responseEvents } from "../reply/responses/events.js";
import { type ResponsesFeatures, responsesFeatures } from "../reply/responses/features.js";
import { responsesRequest } from "../reply/responses/request.js";
import { responseObject } from "../reply/responses/response.js";
import { type Protocol, serveOperation } from "./serve-operation.js";

/* POST /v1/responses: OpenAI's Responses protocol. */

const RESPONSES: Protocol<ResponsesFeatures> = {
  operation: "responses",
  features: responsesFeatures,
  read: (body, features) => responsesRequest(body, features.reasoningItems, features.modelReasons),
  reply: (plan, body, features) => responseObject(plan, body, features, true),
  events: responseEvents,
  framing: RESPONSES_FRAMING,
};

export const handleResponses = serveOperation(RESPONSES);
