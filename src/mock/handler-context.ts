import type { IncomingMessage, ServerResponse } from "node:http";
import { invalidApiKey, invalidRequest, sendHttpError } from "./api-errors.js";
import { checkAuthorization, checkKeyHeader } from "./auth.js";
import type { ConcurrencyGate } from "./concurrency-gate.js";
import { FaultSyntaxError } from "./fault-header.js";
import type { FaultSelector } from "./fault-injection.js";
import { BodyTooLarge, readBody } from "./http-io.js";
import type { ServedSnapshot } from "./served-snapshot.js";
import type { Fault, MockRequestLog } from "./types.js";
import type { VideoTasks } from "./videos/video-tasks.js";

/** What every endpoint handler gets: the served snapshot and the emulator's shared state. */
export interface HandlerContext {
  snapshot: ServedSnapshot;
  gate: ConcurrencyGate;
  faults: FaultSelector;
  apiKeys: ReadonlySet<string> | undefined;
  requireAuthForReads: boolean;
  concurrencyStatus: 200 | 429;
  videos: VideoTasks;
}

export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  log: MockRequestLog;
}

/**
 * Answers 401 and returns false when the request's bearer key is missing,
 * malformed or not allowed. With `keyHeader`, a request without an
 * Authorization header may send its key there instead.
 */
export function authorize(context: HandlerContext, { request, response, log }: Exchange, keyHeader?: string): boolean {
  const bearer = request.headers.authorization;
  const other = keyHeader === undefined ? undefined : request.headers[keyHeader];
  const result =
    keyHeader !== undefined && (bearer === undefined || bearer.trim() === "")
      ? checkKeyHeader(keyHeader, typeof other === "string" ? other : undefined, context.apiKeys)
      : checkAuthorization(bearer, context.apiKeys);
  if (result.ok) return true;
  sendHttpError(response, log, 401, invalidApiKey(result.message));
  return false;
}

/** The fault for this request (recorded in the log); answers 400 and returns null for a bad fault header. */
export function selectFault(context: HandlerContext, { response, log }: Exchange): Fault | undefined | null {
  try {
    const fault = context.faults.select(log);
    if (fault !== undefined) log.fault = fault;
    return fault;
  } catch (error) {
    if (!(error instanceof FaultSyntaxError)) throw error;
    sendHttpError(response, log, 400, {
      code: "invalid_mock_fault",
      message: error.message,
      type: "invalid_request_error",
    });
    return null;
  }
}

/** The whole request body, or undefined after answering HTTP 413 when it passes the size limit. */
export async function readBodyOrRefuse({ request, response, log }: Exchange): Promise<Buffer | undefined> {
  try {
    return await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendHttpError(response, log, 413, invalidRequest(error.message));
    return undefined;
  }
}
