/*
 * POST /google/gemini, Google's native protocol (design.md:
 * `client.gemini.generateContent`). APIFree takes `model` and `stream` in
 * the body, and serves the route at the origin, outside `/v1`.
 */
import type { ClientCore } from "../core/client-core.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation } from "./call-operation.js";

const GEMINI = { operation: "gemini", path: "/google/gemini" } as const;

export function generateContent(core: ClientCore, body: unknown, options: RequestOptions | undefined) {
  return callOperation(core, GEMINI, body, options);
}
