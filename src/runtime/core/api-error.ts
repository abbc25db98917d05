/*
 * Turns what the server said into the matching APIFreeError subclass. Both
 * HTTP error statuses and APIFree's HTTP-200 envelopes land here, already
 * reduced to {status, code, type, message} by errorFromBody.
 */
import { type ApiErrorInfo, isRateLimit } from "../../shared/error-envelope.js";
import {
  APIError,
  type APIFreeErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";

type APIErrorClass = new (message: string, init: APIFreeErrorInit) => APIError;

function classFor(info: ApiErrorInfo): APIErrorClass {
  if (isRateLimit(info)) return RateLimitError;
  switch (info.status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    default:
      return info.status >= 500 ? InternalServerError : APIError;
  }
}

export interface ApiErrorContext {
  model: string | undefined;
  /** How the message names the call; default `model '<model>'`. */
  subject?: string | undefined;
  httpStatus: number;
  requestId?: string | undefined;
  /** Appended to the message, e.g. a hint that no API key was configured. */
  hint?: string | undefined;
}

/**
 * An error object with no status of its own (inside a stream, or HTTP 200
 * without the envelope's numeric code) gets the status its type implies, so
 * `status >= 500` and the subclass still say what kind of failure it was.
 */
const STATUS_OF_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  model_not_found: 404,
  rate_limit_error: 429,
  rate_limit_exceeded: 429,
  max_concurrency_exceeded: 429,
  server_error: 500,
  api_error: 500,
  internal_error: 500,
  overloaded_error: 503,
};

function withImpliedStatus(info: ApiErrorInfo): ApiErrorInfo {
  if (info.status < 200 || info.status >= 300) return info;
  const implied = STATUS_OF_TYPE[info.code] ?? STATUS_OF_TYPE[info.type];
  return implied === undefined ? info : { ...info, status: implied };
}

export function apiError(reported: ApiErrorInfo, context: ApiErrorContext): APIError {
  const info = withImpliedStatus(reported);
  const how = context.httpStatus === 200 && info.status !== 200 ? ` (HTTP 200 error envelope)` : "";
  const message =
    `APIFree rejected the request for ${context.subject ?? `model '${context.model}'`} with ${info.status} ${info.code}${how}: ${info.message}` +
    (context.hint ? ` ${context.hint}` : "");
  const Class = classFor(info);
  return new Class(message, {
    code: info.code,
    type: info.type,
    status: info.status,
    httpStatus: context.httpStatus,
    model: context.model,
    requestId: context.requestId,
    param: info.param,
  });
}

/** Generic code/type for an HTTP error whose body carried no error object. */
export function infoForStatus(status: number, message: string): ApiErrorInfo {
  const code =
    status === 400
      ? "bad_request"
      : status === 401
        ? "authentication_error"
        : status === 403
          ? "permission_denied"
          : status === 404
            ? "not_found"
            : status === 408
              ? "request_timeout"
              : status === 409
                ? "conflict"
                : status === 422
                  ? "unprocessable_entity"
                  : status === 429
                    ? "rate_limit_exceeded"
                    : status >= 500
                      ? "server_error"
                      : "http_error";
  return { status, code, type: status >= 500 ? "server_error" : code, message };
}

const SNIPPET = 200;

/** A body quoted for a message: one line, at most SNIPPET characters. */
export function snippet(text: string, max = SNIPPET): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
