import type { ServerResponse } from "node:http";
import { sendJson } from "./http-io.js";
import type { MockRequestLog } from "./types.js";

/*
 * The error bodies APIFree sends. Many failures come as HTTP 200 with an
 * envelope `{"code":400,"error":{...}}`; authentication and transport-level
 * failures use an HTTP error status and OpenAI's `{"error":{...}}`.
 */

export interface ApiErrorBody {
  code: string;
  message: string;
  type: string;
}

export const invalidRequest = (message: string): ApiErrorBody => ({
  code: "invalid_request_error",
  message,
  type: "invalid_request_error",
});

export const modelNotFound = (model: string): ApiErrorBody => ({
  code: "model_not_found",
  message: `model '${model}' does not exist`,
  type: "invalid_request_error",
});

export const concurrencyExceeded = (): ApiErrorBody => ({
  code: "max_concurrency_exceeded",
  message: "too many concurrent requests",
  type: "rate_limit_error",
});

export const rateLimited = (): ApiErrorBody => ({
  code: "rate_limit_exceeded",
  message: "rate limit exceeded, retry later",
  type: "rate_limit_error",
});

export const invalidApiKey = (message: string): ApiErrorBody => ({
  code: "invalid_api_key",
  message,
  type: "authentication_error",
});

/** A model whose document the emulator cannot compile a check for (HTTP 500). */
export function unusableSchema(model: string, error: unknown): ApiErrorBody {
  return {
    code: "server_error",
    message: `the emulator cannot use the schema of model '${model}': ${(error as Error).message}`,
    type: "server_error",
  };
}

/** HTTP 200 (unless `httpStatus` says otherwise) with the envelope `{"code":N,"error":{...}}`. */
export function sendEnvelope(
  response: ServerResponse,
  log: MockRequestLog,
  code: number,
  error: ApiErrorBody,
  httpStatus = 200,
  headers: Record<string, string> = {},
): void {
  log.errorCode = error.code;
  if (httpStatus === 200) log.envelope = code;
  sendJson(response, log, httpStatus, { code, error }, headers);
}

/** An HTTP error status with OpenAI's `{"error":{...}}` body. */
export function sendHttpError(
  response: ServerResponse,
  log: MockRequestLog,
  status: number,
  error: ApiErrorBody,
  headers: Record<string, string> = {},
): void {
  log.errorCode = error.code;
  sendJson(response, log, status, { error }, headers);
}
