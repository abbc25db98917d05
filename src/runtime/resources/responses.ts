/* POST /v1/responses, OpenAI's Responses protocol (design.md: `client.responses.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation } from "./call-operation.js";

const RESPONSES = { operation: "responses", path: "/v1/responses" } as const;

export function createResponse(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, RESPONSES, body, options);
}
