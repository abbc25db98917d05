/* POST /v1/messages, Anthropic's Messages protocol (design.md: `client.messages.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation } from "./call-operation.js";

export function createMessage(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  // The client's version under the call's own headers: a call may send another
  // `anthropic-version`, or `anthropic-beta` flags, through `headers`.
  const headers = { "anthropic-version": core.anthropicVersion };
  return callOperation(core, { operation: "messages", path: "/v1/messages", headers }, body, options);
}
