/*
 * What a complete (non-stream) HTTP response means: a JSON value, or an
 * APIFreeError and whether another attempt is worth it. Pure: the status,
 * headers and body text in, the outcome out.
 *
 * An error body wins over the status (APIFree sends errors with HTTP 200);
 * an HTTP error status without an error body still fails, quoting the body.
 */
import type { IncomingHttpHeaders } from "node:http";
import { errorFromBody, isRateLimit } from "../../shared/error-envelope.js";
import { isRetryableStatus, retryAfterMs } from "../../shared/retry-policy.js";
import { apiError, infoForStatus, snippet } from "./api-error.js";
import { InvalidResponseError } from "./errors.js";
import type { AttemptOutcome } from "./retry.js";

export interface CompleteResponse {
  model: string | undefined;
  /** How messages name the call: `model 'x'`, or `video task 'id'` when no model is known. */
  subject: string;
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** A stream was asked for (a JSON success is then unexpected). */
  stream: boolean;
  /** Whether the client sent an API key (a 401 without one says so). */
  hasKey: boolean;
  /** A 2xx body this recognises is the result, whatever `error` member it holds. */
  isResult?: ((value: unknown) => boolean) | undefined;
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function interpretResponse(response: CompleteResponse): AttemptOutcome<unknown> {
  const { model, subject, status, headers, text } = response;
  const requestId = headerValue(headers, "x-request-id");
  let parsed: unknown;
  let isJson = false;
  if (text !== "") {
    try {
      parsed = JSON.parse(text);
      isJson = true;
    } catch {
      // Not JSON: reported below with a snippet of the body.
    }
  }
  const own = isJson && status >= 200 && status < 300 && response.isResult?.(parsed) === true;
  const info = isJson && !own ? errorFromBody(parsed, status) : undefined;
  if (info || status < 200 || status >= 300) {
    const details =
      info ??
      infoForStatus(
        status,
        text === ""
          ? `HTTP ${status} with an empty body`
          : `HTTP ${status} with ${isJson ? "an unexpected" : "a non-JSON"} body ${snippet(text)}`,
      );
    const hint =
      details.status === 401 && !response.hasKey
        ? "(No API key was configured: set APIFREE_API_KEY or pass apiKey.)"
        : undefined;
    const error = apiError(details, { model, subject, httpStatus: status, requestId, hint });
    const asked = headerValue(headers, "x-should-retry");
    const retry =
      asked === "true"
        ? true
        : asked === "false"
          ? false
          : isRetryableStatus(status) || isRetryableStatus(details.status) || isRateLimit(details);
    return { ok: false, error, retry, retryAfterMs: retryAfterMs(headers) };
  }
  const context = { model, httpStatus: status, status, requestId };
  if (!isJson) {
    const error = new InvalidResponseError(
      `APIFree answered HTTP ${status} for ${subject} with a body that is not JSON: ${snippet(text)}`,
      context,
    );
    return { ok: false, error, retry: false };
  }
  if (response.stream) {
    const error = new InvalidResponseError(
      `A stream was requested for ${subject} but APIFree answered with a JSON body: ${snippet(text)}`,
      context,
    );
    return { ok: false, error, retry: false };
  }
  return { ok: true, value: parsed };
}
