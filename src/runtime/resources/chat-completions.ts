/* POST /v1/chat/completions (design.md: `client.chat.completions.create`). */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation } from "./call-operation.js";
import { chatStream } from "./chat-stream.js";

const CHAT = { operation: "chat.completions", path: "/v1/chat/completions", stream: chatStream } as const;

export function createChatCompletion(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, CHAT, body, options);
}
