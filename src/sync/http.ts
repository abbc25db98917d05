import type { IncomingHttpHeaders } from "node:http";
import { Agent, request } from "undici";
import { readCapped } from "../shared/read-capped.js";

/*
 * One GET over a shared keep-alive agent, with a timeout for each wait
 * (connection, headers, each pause in the body), a deadline for the whole
 * request (a server trickling a byte a second never trips the first) and a
 * body size cap. Knows nothing about retries or the API's error bodies: it
 * only turns what can go wrong on the wire into a TransportError whose kind
 * says whether trying again could help.
 */

export type TransportKind = "timeout" | "connection" | "dns" | "too-large" | "aborted";

export class TransportError extends Error {
  constructor(
    readonly kind: TransportKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "TransportError";
  }

  get retryable(): boolean {
    return this.kind === "timeout" || this.kind === "connection";
  }
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpClientOptions {
  headers: Record<string, string>;
  /** The longest wait for the connection, the headers or the next piece of the body. */
  timeoutMs: number;
  /** The longest a whole request may take, body included. */
  deadlineMs: number;
  maxBytes: number;
  /** Sockets kept per origin; at least the concurrency so no request waits for a socket. */
  connections: number;
}

export interface HttpClient {
  get(url: string, options: { accept: string; signal: AbortSignal }): Promise<HttpResponse>;
  close(): Promise<void>;
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_DESTROYED",
]);
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function errorCode(error: unknown): string | undefined {
  for (
    let current: unknown = error, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || TIMEOUT_CODES.has(code) || code === "ENOTFOUND"))
      return code;
  }
  // Aggregate errors (happy eyeballs over several addresses) carry the codes inside.
  if (error instanceof AggregateError) for (const inner of error.errors) if (errorCode(inner)) return errorCode(inner);
  return undefined;
}

function describe(code: string | undefined, error: unknown): string {
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused (ECONNREFUSED)";
    case "ECONNRESET":
      return "connection reset by the server (ECONNRESET)";
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return "the server closed the connection before answering";
    default:
      return code === undefined ? (error instanceof Error ? error.message : String(error)) : `${code}`;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  // undici's own timers bound the wait for headers and each pause in the body
  // (no controller or timer of ours needed for a stalled server); a server
  // trickling a byte at a time resets them, so the whole request also gets a
  // deadline timer below.
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: 10_000,
    pipelining: 1,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connectTimeout: options.timeoutMs,
  });
  const timedOut = () => new TransportError("timeout", `no answer within ${options.timeoutMs / 1000} s`);
  return {
    async get(url, { accept, signal }) {
      // The deadline aborts the request through its own controller, so the
      // caller's signal (one for the whole run) is only listened to.
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
      let late = false;
      const deadline = setTimeout(() => {
        late = true;
        controller.abort();
      }, options.deadlineMs);
      try {
        const response = await request(url, {
          method: "GET",
          dispatcher: agent,
          headers: { ...options.headers, accept },
          signal: controller.signal,
        });
        const read = await readCapped(response.body, options.maxBytes, response.headers["content-length"]);
        if (!read.ok) {
          const size = read.declared === undefined ? " is" : ` is ${formatBytes(read.declared)},`;
          throw new TransportError("too-large", `the body${size} over the ${formatBytes(options.maxBytes)} limit`);
        }
        return { status: response.statusCode, headers: response.headers, body: read.bytes };
      } catch (error) {
        if (error instanceof TransportError) throw error;
        if (signal.aborted) throw new TransportError("aborted", "aborted", { cause: signal.reason });
        if (late) {
          throw new TransportError(
            "timeout",
            `no complete answer from ${url} within ${options.deadlineMs / 1000} s (the deadline for a whole request)`,
            { cause: error },
          );
        }
        const code = errorCode(error);
        const host = JSON.stringify(new URL(url).hostname);
        if (code === "ENOTFOUND")
          throw new TransportError("dns", `the host ${host} was not found (DNS)`, { cause: error });
        // A temporary DNS failure may clear up: retried like a connection error.
        if (code === "EAI_AGAIN")
          throw new TransportError(
            "connection",
            `the host ${host} could not be resolved (DNS lookup failed, EAI_AGAIN)`,
            { cause: error },
          );
        if (code !== undefined && TIMEOUT_CODES.has(code)) throw Object.assign(timedOut(), { cause: error });
        throw new TransportError("connection", describe(code, error), { cause: error });
      } finally {
        clearTimeout(deadline);
        signal.removeEventListener("abort", onAbort);
      }
    },
    async close() {
      await agent.close();
    },
  };
}
