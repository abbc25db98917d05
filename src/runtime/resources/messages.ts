/* POST /v1/messages, Anthropic's Messages protocol (design.md: `client.messages.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation, type OperationCall } from "./call-operation.js";
import { messagesStream } from "./messages-stream.js";

/**
 * The route with the client's `anthropic-version` under the call's own
 * headers: a call may send another version, or `anthropic-beta` flags,
 * through `headers` (a `null` value removes the header).
 */
export function messagesCall(core: ClientCore): OperationCall {
  return {
    operation: "messages",
    path: "/v1/messages",
    headers: { "anthropic-version": core.anthropicVersion },
    stream: messagesStream,
  };
}

export function createMessage(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, messagesCall(core), body, options);
}
