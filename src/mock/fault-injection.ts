import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { type ApiErrorBody, concurrencyExceeded, rateLimited, sendEnvelope, sendHttpError } from "./api-errors.js";
import { FAULT_HEADER, parseFaultHeader } from "./fault-header.js";
import { resetConnection, sendBytes } from "./http-io.js";
import type { Fault, MockRequestInfo, MockRequestLog } from "./types.js";

/** Picks the fault for a request: the hook first, then the header (counting `times` per header value). */
export class FaultSelector {
  private readonly seen = new Map<string, number>();

  constructor(private readonly hook: ((request: MockRequestInfo) => Fault | undefined) | undefined) {}

  /** Throws FaultSyntaxError for a header that does not parse. */
  select(info: MockRequestInfo): Fault | undefined {
    const fromHook = this.hook?.(info);
    if (fromHook !== undefined) return fromHook;
    const header = info.headers[FAULT_HEADER];
    if (header === undefined) return undefined;
    const parsed = parseFaultHeader(header);
    if (parsed.times !== undefined) {
      const used = this.seen.get(header) ?? 0;
      this.seen.set(header, used + 1);
      if (used >= parsed.times) return undefined;
    }
    return parsed.fault;
  }
}

function retryHeaders(fault: Fault): Record<string, string> {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers["retry-after"] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
  return headers;
}

function statusError(status: number): ApiErrorBody {
  const known: Record<number, [string, string]> = {
    408: ["request_timeout", "the request timed out"],
    409: ["conflict", "the request conflicts with another one in progress"],
    429: ["rate_limit_exceeded", "rate limit exceeded, retry later"],
    500: ["server_error", "the server had an error while processing the request"],
    502: ["bad_gateway", "the upstream provider returned an invalid response"],
    503: ["service_unavailable", "the service is temporarily unavailable"],
    504: ["gateway_timeout", "the upstream provider timed out"],
  };
  const [code, message] = known[status] ?? [`http_${status}`, `injected HTTP ${status}`];
  const type = status === 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error";
  return { code, message, type };
}

/**
 * Wait out the fault's delay, then answer the request if the fault says so.
 * Returns true when the request was answered (or dropped) here.
 */
export async function applyImmediateFault(
  fault: Fault | undefined,
  response: ServerResponse,
  log: MockRequestLog,
): Promise<boolean> {
  if (fault === undefined) return false;
  if (fault.delayMs !== undefined && fault.delayMs > 0) await sleep(fault.delayMs);
  if (response.destroyed) return true;
  if (fault.reset === true) {
    resetConnection(response, log);
    return true;
  }
  if (fault.raw !== undefined) {
    const { status, headers = {}, body } = fault.raw;
    const contentType =
      Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1] ??
      "text/plain; charset=utf-8";
    const rest = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "content-type"));
    sendBytes(response, log, status, contentType, body, rest);
    return true;
  }
  if (fault.status !== undefined) {
    sendHttpError(response, log, fault.status, statusError(fault.status), retryHeaders(fault));
    return true;
  }
  if (fault.rateLimit !== undefined) {
    if (fault.rateLimit === "http") sendHttpError(response, log, 429, rateLimited(), retryHeaders(fault));
    else sendEnvelope(response, log, 429, rateLimited(), 200, retryHeaders(fault));
    return true;
  }
  if (fault.concurrency !== undefined) {
    sendEnvelope(
      response,
      log,
      429,
      concurrencyExceeded(),
      fault.concurrency === "http" ? 429 : 200,
      retryHeaders(fault),
    );
    return true;
  }
  return false;
}
