/*
 * Error objects inside a stream, shared by the protocols: APIFree's HTTP-200
 * envelope (`{"code":429,"error":{...}}`), a bare `{"error":{...}}` (chat's
 * error chunk, Anthropic's `error` event), or any event named `error` whose
 * data says nothing readable. Their `type` (`overloaded_error`,
 * `rate_limit_error`...) picks the APIFreeError subclass in apiError().
 */
import { type ApiErrorInfo, errorFromBody } from "../../shared/error-envelope.js";
import { isRecord } from "../../shared/is-record.js";
import { snippet } from "../core/api-error.js";

export function streamErrorOf(value: unknown, name: string | undefined): ApiErrorInfo | undefined {
  const info = errorFromBody(value, 200);
  if (info || name !== "error") return info;
  return { status: 200, code: "api_error", type: "api_error", message: snippet(JSON.stringify(value)) };
}

/** What a named event is: its data's `type` (as the protocols promise it equals the SSE name), else the SSE name. */
export function eventType(value: unknown, name: string | undefined): string | undefined {
  return isRecord(value) && typeof value.type === "string" ? value.type : name;
}
