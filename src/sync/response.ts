import { type ApiErrorInfo, errorFromBody, isRateLimit } from "../shared/error-envelope.js";
import { isRetryableStatus, retryAfterMs } from "../shared/retry-policy.js";
import type { HttpResponse } from "./http.js";

/*
 * What one HTTP answer means for sync: a body to keep, or a failure that says
 * whether to retry, whether it is the key that was refused, and whether the
 * API asked for fewer concurrent requests. An error envelope is a failure
 * whatever the HTTP status (APIFree sends many with HTTP 200).
 */

export type BodyKind = "json" | "text";

export interface Accepted {
  ok: true;
  text: string;
  /** The parsed body when kind is "json". */
  json: unknown;
  bytes: number;
}

interface Refused {
  ok: false;
  retryable: boolean;
  /** 401/403: the key was refused (or one is required). */
  auth: boolean;
  /** `max_concurrency_exceeded`: send fewer requests at once. */
  concurrencyExceeded: boolean;
  /** The body arrived but is unusable (not UTF-8, not JSON): the API answered, its answer is wrong. */
  invalid: boolean;
  /** The delay the server asked for, when it asked. */
  retryAfterMs: number | undefined;
  /** One line, for the user: the status and the API's own message. */
  reason: string;
  bytes: number;
}

export type Interpreted = Accepted | Refused;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

function refused(status: number, info: ApiErrorInfo | undefined, response: HttpResponse, reason: string): Refused {
  const rateLimited = info !== undefined ? isRateLimit(info) : status === 429;
  return {
    ok: false,
    retryable: rateLimited || isRetryableStatus(status),
    auth: status === 401 || status === 403,
    concurrencyExceeded: info?.code === "max_concurrency_exceeded",
    invalid: false,
    // A Retry-After on an HTTP-200 envelope is honoured as well: the header means the same.
    retryAfterMs: retryAfterMs(response.headers),
    reason,
    bytes: response.body.length,
  };
}

/** A 2xx body that cannot be what was asked for: not worth a retry. */
function unreadable(reason: string, bytes: number): Refused {
  return {
    ok: false,
    retryable: false,
    auth: false,
    concurrencyExceeded: false,
    invalid: true,
    retryAfterMs: undefined,
    reason,
    bytes,
  };
}

function describeError(info: ApiErrorInfo, httpStatus: number): string {
  const where =
    httpStatus === info.status ? `HTTP ${httpStatus}` : `HTTP ${httpStatus} with an error body (code ${info.status})`;
  return `${where} ${info.code}: ${info.message}`;
}

export function interpretResponse(response: HttpResponse, kind: BodyKind): Interpreted {
  const bytes = response.body.length;
  let text: string;
  try {
    text = utf8.decode(response.body);
  } catch {
    if (response.status < 200 || response.status >= 300)
      return refused(response.status, undefined, response, `HTTP ${response.status}`);
    return unreadable("the body is not valid UTF-8", bytes);
  }
  let json: unknown;
  let parseError: string | undefined;
  if (kind === "json" || /^\s*\{/.test(text)) {
    try {
      json = JSON.parse(text);
    } catch (error) {
      parseError = (error as Error).message;
    }
  }
  const info = parseError === undefined ? errorFromBody(json, response.status) : undefined;
  if (info !== undefined) return refused(info.status, info, response, describeError(info, response.status));
  if (response.status < 200 || response.status >= 300) {
    const detail = text.trim() === "" ? "" : `: ${snippet(text)}`;
    return refused(response.status, undefined, response, `HTTP ${response.status}${detail}`);
  }
  if (kind === "json" && parseError !== undefined) {
    const type = response.headers["content-type"];
    const served = typeof type === "string" ? ` (served as ${type.split(";")[0]})` : "";
    return unreadable(`the body is not JSON${served}: ${parseError}`, bytes);
  }
  return { ok: true, text, json: kind === "json" ? json : undefined, bytes };
}
