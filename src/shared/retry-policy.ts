/*
 * When and how long to wait before retrying an APIFree request. Shared by
 * sync (codegen side) and the runtime client so both treat the API alike.
 */

const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 8_000;
/** A server asking for more than this is not waited for. */
const MAX_RETRY_AFTER_MS = 60_000;

interface HeaderSource {
  get(name: string): string | null | undefined;
}

function header(
  headers: HeaderSource | Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  if (typeof (headers as HeaderSource).get === "function") return (headers as HeaderSource).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The delay the server asked for, from `retry-after-ms` (milliseconds) or
 * `retry-after` (seconds or an HTTP date); undefined when absent, unparsable
 * or beyond MAX_RETRY_AFTER_MS.
 */
export function retryAfterMs(
  headers: HeaderSource | Record<string, string | string[] | undefined>,
  now: number = Date.now(),
): number | undefined {
  const ms = header(headers, "retry-after-ms");
  if (ms !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(ms)) {
    const value = Number(ms);
    return value <= MAX_RETRY_AFTER_MS ? value : undefined;
  }
  const after = header(headers, "retry-after");
  if (after === undefined) return undefined;
  let value: number;
  if (/^\s*\d+(\.\d+)?\s*$/.test(after)) value = Number(after) * 1000;
  else {
    const date = Date.parse(after);
    if (Number.isNaN(date)) return undefined;
    value = Math.max(0, date - now);
  }
  return value <= MAX_RETRY_AFTER_MS ? value : undefined;
}

/**
 * Exponential backoff with jitter: min(base * 2^retry, max), reduced by up to
 * `jitter` (a fraction) at random. `retry` counts from 0.
 */
export function backoffMs(
  retry: number,
  options: { baseMs?: number; maxMs?: number; jitter?: number; random?: () => number } = {},
): number {
  const base = options.baseMs ?? DEFAULT_BASE_DELAY_MS;
  const max = options.maxMs ?? DEFAULT_MAX_DELAY_MS;
  const jitter = options.jitter ?? 0.25;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(base * 2 ** retry, max);
  return ceiling * (1 - jitter * random());
}

/** HTTP statuses worth retrying: timeouts, conflicts, rate limits, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
