import type { Snapshot, StoredSnapshot } from "../snapshot/format.js";

/** A response sent as given, for tests that need a non-JSON body, a wrong content type or an oversized document. */
export interface RawResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

/** What goes wrong inside a stream, after `after` events (0 = before the first), on any protocol's stream. */
export interface StreamFault {
  after: number;
  /**
   * - `cut`: end the response cleanly, without the protocol's end (`[DONE]`, `message_stop`,
   *   `response.completed`; a Gemini stream is then just shorter);
   * - `reset`: destroy the socket;
   * - `error`: send the protocol's error event and end the response: chat `data: {"error":{...}}`
   *   then `data: [DONE]`; Messages `event: error` with `{"type":"error","error":{type,message}}`;
   *   Responses `event: error` with `{"type":"error","sequence_number",code,message,param}`;
   *   Gemini `data: {"error":{"code":500,message,status}}`;
   * - `malformed`: send an event whose data is not JSON, then carry on to the end;
   * - `stall`: stop sending, keep the connection open (until the client leaves or the emulator closes).
   */
  kind: "cut" | "reset" | "error" | "malformed" | "stall";
  /**
   * The error of an `error` event, over each protocol's default (a mid-stream server error:
   * chat `server_error`/`internal_error`, Messages `api_error`, Responses code `server_error`,
   * Gemini status `INTERNAL`). Messages sends `type` and `message`; Responses `code` and
   * `message`; Gemini `message`, with `code` as its `status`.
   */
  error?: { message: string; type?: string; code?: string };
}

/**
 * A fault to inject into one request. Fields combine: `delayMs` is waited
 * first, then the first of `reset`, `raw`, `status`, `rateLimit`,
 * `concurrency` that is set answers the request; `stream` applies when the
 * request is otherwise served as a stream.
 */
export interface Fault {
  /** Wait this long before answering (the request holds its concurrency slot meanwhile). */
  delayMs?: number;
  /** Answer with this HTTP status (500, 503, 408, 409...) and an OpenAI-style error body. */
  status?: number;
  /** `retry-after` header sent with `status`, `rateLimit` or `concurrency` (seconds or an HTTP date). */
  retryAfter?: string;
  /** `retry-after-ms` header sent with `status`, `rateLimit` or `concurrency`. */
  retryAfterMs?: number;
  /** `rate_limit_exceeded` as HTTP 429, or as the HTTP-200 envelope `{"code":429,...}`. */
  rateLimit?: "http" | "envelope";
  /** `max_concurrency_exceeded` as the HTTP-200 envelope, or with HTTP 429. */
  concurrency?: "http" | "envelope";
  /** Destroy the connection before sending any byte. */
  reset?: boolean;
  raw?: RawResponse;
  stream?: StreamFault;
  /**
   * Video create and remix: the new task fails halfway through its duration
   * (keeping the progress it had reached) with this `error`.
   */
  taskFailure?: { code: string; message: string };
}

/** What the fault hook sees of a request. */
export interface MockRequestInfo {
  /** 0-based arrival order across the emulator's life. */
  sequence: number;
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`, `/google/gemini`. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** `model` of the body (completions of any protocol) or of the query (documents), when there is one. */
  model?: string;
  /** The parsed JSON body, when the request had one that parsed. */
  body?: unknown;
}

/** One request as the emulator handled it, for asserting retries and what a client sent. */
export interface MockRequestLog extends MockRequestInfo {
  /** Whether the body asked for `stream: true`. */
  stream: boolean;
  /** The fault applied, from the `fault` option or the `x-apifree-mock-fault` header. */
  fault?: Fault;
  /** HTTP status sent; 0 when the connection was destroyed before any byte. Undefined while pending. */
  status?: number;
  /** The API error code of an error reply (`invalid_request_error`, `max_concurrency_exceeded`, ...). */
  errorCode?: string;
  /** The envelope's `code` when an error came with HTTP 200. */
  envelope?: number;
  /** Events written, for streams (chat's `[DONE]` not counted). */
  chunks?: number;
}

export interface EmulatorOptions {
  /** The snapshot to serve: read from disk already, in memory, or a folder to read. */
  snapshot: StoredSnapshot | Snapshot | string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Completion requests (any protocol) in flight above this get `max_concurrency_exceeded`. Default: unlimited. */
  maxConcurrency?: number;
  /** HTTP status of the `max_concurrency_exceeded` reply (default 200, the envelope). */
  concurrencyStatus?: 200 | 429;
  /** When set, only these bearer keys are accepted; otherwise any well-formed key is. */
  apiKeys?: readonly string[];
  /** Also demand a key on the catalog and document endpoints (default false, like APIFree's public docs). */
  requireAuthForReads?: boolean;
  /** Consulted for every request; when it returns undefined the `x-apifree-mock-fault` header (if any) decides. */
  fault?: (request: MockRequestInfo) => Fault | undefined;
  /** Keep every request in `Emulator.requests` (default true; the `mock` command turns it off). */
  recordRequests?: boolean;
  /** Video tasks: time from `queued` to `completed` (default 5000 ms; the `x-apifree-mock-task-duration` header overrides it per task). */
  taskDurationMs?: number;
  /** Video tasks kept in memory; past it the oldest is evicted (its id then gets 404). Default 1000. */
  maxTasks?: number;
  /** Largest multipart/form-data create body, in bytes (default 64 MiB); past it HTTP 413. */
  maxUploadBytes?: number;
  /** The clock video tasks are timed by, in milliseconds since the epoch (default `Date.now`); tests move it. */
  now?: () => number;
}

export interface Emulator {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  port: number;
  /** Every request handled so far, in arrival order. */
  requests: MockRequestLog[];
  /** Stop listening and drop open connections (stalled streams included). */
  close(): Promise<void>;
}
