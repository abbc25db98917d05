/*
 * APIFree reports many failures with HTTP 200 and a body
 *   {"code":400,"error":{"code":"invalid_request_error","message":"...","type":"..."}}
 * and others OpenAI-style with an HTTP error status and {"error":{...}}.
 * Every stage that reads a response body asks this module first.
 */

import { isRecord } from "./is-record.js";

export interface ApiErrorInfo {
  /** The envelope's numeric `code` when present, else the HTTP status. */
  status: number;
  /** The API's error code, e.g. `invalid_request_error`, `max_concurrency_exceeded`. */
  code: string;
  type: string;
  message: string;
  /** The request field the error is about, when the API names one (OpenAI's `param`). */
  param?: string | undefined;
}

/** The error a parsed body carries, or undefined when it is not an error body. */
export function errorFromBody(body: unknown, httpStatus: number): ApiErrorInfo | undefined {
  if (!isRecord(body) || !("error" in body)) return undefined;
  const error = body.error;
  if (error === null || error === undefined) return undefined;
  const envelopeCode =
    typeof body.code === "number"
      ? body.code
      : typeof body.code === "string" && /^\d{3}$/.test(body.code)
        ? Number(body.code)
        : undefined;
  const status = envelopeCode ?? httpStatus;
  if (typeof error === "string") return { status, code: "api_error", type: "api_error", message: error };
  if (!isRecord(error)) return undefined;
  const code =
    typeof error.code === "string" ? error.code : typeof error.code === "number" ? String(error.code) : undefined;
  const type = typeof error.type === "string" ? error.type : undefined;
  const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
  const info: ApiErrorInfo = { status, code: code ?? type ?? "api_error", type: type ?? code ?? "api_error", message };
  if (typeof error.param === "string") info.param = error.param;
  return info;
}

/** Rate limiting in either form: HTTP 429, envelope code 429, or `max_concurrency_exceeded`. */
export function isRateLimit(info: ApiErrorInfo): boolean {
  return info.status === 429 || info.code === "max_concurrency_exceeded" || info.code === "rate_limit_exceeded";
}
