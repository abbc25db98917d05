/*
 * POST /google/gemini, Google's native protocol (design.md:
 * `client.gemini.generateContent`). APIFree takes `model` and `stream` in
 * the body, and serves the route at the origin, outside `/v1`.
 */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation, type OperationCall } from "./call-operation.js";
import { geminiStream } from "./gemini-stream.js";

export const GEMINI: OperationCall = { operation: "gemini", path: "/google/gemini", stream: geminiStream };

export function generateContent(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, GEMINI, body, options);
}
