/* POST /v1/chat/completions (design.md: `client.chat.completions.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation, type OperationCall } from "./call-operation.js";
import { chatStream } from "./chat-stream.js";

export const CHAT: OperationCall = { operation: "chat.completions", path: "/v1/chat/completions", stream: chatStream };

export function createChatCompletion(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, CHAT, body, options);
}
