/*
 * Client and per-request options, and how their defaults are resolved.
 */
import type { Dispatcher } from "undici";
import type { Clock } from "./clock.js";
import type { FieldIssue } from "./errors.js";
import type { Logger, LogLevel } from "./logger.js";

export type ValidateMode = "request" | "strict" | "off";

/** A header value of `null` removes a header set by a default. */
export type HeadersInit = Record<string, string | null | undefined>;

/** What `onSchemaMismatch` receives: a response or chunk that does not match the snapshot's schema. */
export interface SchemaMismatch {
  model: string;
  kind: "response" | "chunk";
  /** JSON pointer of the first offending field inside `value`. */
  pointer: string;
  /** Readable summary of every issue. */
  message: string;
  issues: FieldIssue[];
  /** The response or chunk as received (it is still returned to the caller). */
  value: unknown;
}

export interface ClientOptions {
  /**
   * Default: `process.env.APIFREE_API_KEY`. Without a key no Authorization
   * header is sent, and construction fails unless a base URL is given (option
   * or `APIFREE_BASE_URL`): a keyless call to the public API cannot succeed.
   */
  apiKey?: string | undefined;
  /** Includes `/v1`. Default: `process.env.APIFREE_BASE_URL`, else `https://api.apifree.ai/v1`. */
  baseURL?: string | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /**
   * Milliseconds per attempt: until the whole response arrived, or for a
   * stream until its headers arrived. Default 600,000 (10 minutes, as
   * openai-node: a non-streaming reasoning call can think for minutes).
   * 0 disables it.
   */
  timeout?: number | undefined;
  /**
   * Milliseconds a stream may stay silent (no byte at all) while the reader is
   * waiting for the next chunk. Default 120,000: APIFree streams reasoning as
   * it goes, so a stream quiet for two minutes is dead. 0 disables it.
   */
  idleTimeout?: number | undefined;
  /**
   * Milliseconds a whole stream may take from its headers to its end, however
   * steadily it sends; past it, StreamTimeoutError (code `stream_timeout`) and
   * the connection is closed. Default 0: off (a long reasoning stream is
   * normal; `idleTimeout` already catches a dead one).
   */
  streamTimeout?: number | undefined;
  /**
   * The most characters one stream event may hold while it arrives (an
   * unfinished line counts). Past it, ResponseTooLargeError (code
   * `response_too_large`) and the connection is closed at once: an endless
   * line cannot exhaust the heap. Default 16 MiB (16,777,216).
   */
  maxEventSize?: number | undefined;
  /**
   * The most bytes a non-stream response body may have. Past it (or when
   * `content-length` says so), ResponseTooLargeError and the connection is
   * closed at once, the rest never read. Default 64 MiB (67,108,864).
   */
  maxResponseSize?: number | undefined;
  /**
   * "request" (default): validate each request body before sending; responses
   * and chunks are checked only when `onSchemaMismatch` is given, and a
   * mismatch is reported there, never thrown.
   * "strict": also validate responses and chunks and throw SchemaMismatchError.
   * "off": no validation.
   */
  validate?: ValidateMode | undefined;
  /** Runtime drift detection in the default mode: called for each response or chunk that does not match. */
  onSchemaMismatch?: ((info: SchemaMismatch) => void) | undefined;
  /** Sent with every request; `null` removes a built-in header. */
  defaultHeaders?: HeadersInit | undefined;
  /** undici dispatcher (Agent, Pool, ProxyAgent...). Default: undici's global dispatcher (keep-alive). */
  dispatcher?: Dispatcher | undefined;
  /** openai-node compatible spelling for proxies: `{ dispatcher: new ProxyAgent(url) }`. */
  fetchOptions?: { dispatcher?: Dispatcher | undefined } | undefined;
  /** Time and randomness for retries; for tests and custom schedulers. */
  clock?: Clock | undefined;
  /** `anthropic-version` sent with Messages calls (default "2023-06-01"); a call's `headers` override it. */
  anthropicVersion?: string | undefined;
  /**
   * What the client logs: `off`, `error`, `warn` (default), `info` (a line per
   * request attempt and per retry) or `debug` (also headers and bodies, the
   * key scrubbed). Default: `process.env.APIFREE_LOG`, else `warn`.
   */
  logLevel?: LogLevel | undefined;
  /** Where lines go: an object with `error`, `warn`, `info` and `debug` methods. Default: `console`. */
  logger?: Logger | undefined;
}

/** Per call; each overrides the client's option of the same name for this call. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  idleTimeout?: number | undefined;
  streamTimeout?: number | undefined;
  maxEventSize?: number | undefined;
  maxResponseSize?: number | undefined;
  maxRetries?: number | undefined;
  headers?: HeadersInit | undefined;
}

export const DEFAULT_ANTHROPIC_VERSION = "2023-06-01";
export const DEFAULT_BASE_URL = "https://api.apifree.ai/v1";
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 600_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_EVENT_SIZE = 16 * 1024 * 1024;
export const DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024;

/** Largest delay setTimeout honours; beyond it Node fires after 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

export function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  return value;
}

/** A size limit: a positive integer. */
export function checkSize(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  return value;
}

/** A timeout in ms, 0 meaning none; values beyond the timer range also mean none. */
export function checkTimeout(name: string, value: number): number {
  if (typeof value !== "number" || Number.isNaN(value) || value < 0)
    throw new TypeError(`${name} must be a non-negative number of milliseconds, got ${String(value)}`);
  return value > MAX_TIMER_MS ? 0 : value;
}
