/* POST /v1/responses, OpenAI's Responses protocol (design.md: `client.responses.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation, type OperationCall } from "./call-operation.js";
import { responsesStream } from "./responses-stream.js";

export const RESPONSES: OperationCall = { operation: "responses", path: "/v1/responses", stream: responsesStream };

export function createResponse(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, RESPONSES, body, options);
}
