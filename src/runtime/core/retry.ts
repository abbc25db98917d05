/*
 * The retry loop. An attempt reports whether its failure is worth another
 * try (and how long the server asked to wait); this loop only counts and
 * sleeps. The sleep is abortable through the caller's signal.
 */
import { backoffMs } from "../../shared/retry-policy.js";
import type { Clock } from "./clock.js";
import type { APIFreeError } from "./errors.js";

export type AttemptOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; error: APIFreeError; retry: boolean; retryAfterMs?: number | undefined };

/** Why the loop stopped retrying an error it threw: the attempt's own verdict, for callers that wait longer (task polling). */
export interface GiveUp {
  /** The attempt was worth another try; the loop ran out of retries. */
  retryable: boolean;
  /** What the server asked to wait (`retry-after-ms` / `retry-after`). */
  retryAfterMs: number | undefined;
}

const givenUp = new WeakMap<object, GiveUp>();

/** The verdict on an error thrown by withRetries, or undefined for any other error. */
export function giveUpOf(error: unknown): GiveUp | undefined {
  return typeof error === "object" && error !== null ? givenUp.get(error) : undefined;
}

export interface RetryPolicy {
  maxRetries: number;
  clock: Clock;
  signal: AbortSignal | undefined;
  /** Told of each failure about to be retried, with the wait before the next attempt (for logging). */
  onRetry?: ((error: APIFreeError, delayMs: number) => void) | undefined;
}

export async function withRetries<T>(
  attempt: (retry: number) => Promise<AttemptOutcome<T>>,
  policy: RetryPolicy,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    const outcome = await attempt(retry);
    if (outcome.ok) return outcome.value;
    if (!outcome.retry || retry >= policy.maxRetries) {
      const error = retry > 0 ? noteAttempts(outcome.error, retry + 1) : outcome.error;
      givenUp.set(error, { retryable: outcome.retry, retryAfterMs: outcome.retryAfterMs });
      throw error;
    }
    const delay = outcome.retryAfterMs ?? backoffMs(retry, { random: policy.clock.random });
    policy.onRetry?.(outcome.error, delay);
    await policy.clock.sleep(delay, policy.signal);
  }
}

/** Adds ` (note)` to an error's message, and to its stack where the message appears. */
export function appendNote(error: APIFreeError, note: string): APIFreeError {
  const before = error.message;
  // V8 formats `stack` on first read, from the message at that moment: read it
  // before the message changes, or the suffix would be added twice.
  const stack = error.stack;
  error.message = `${before} (${note})`;
  if (stack) error.stack = stack.replace(before, error.message);
  return error;
}

function noteAttempts(error: APIFreeError, attempts: number): APIFreeError {
  return appendNote(error, `gave up after ${attempts} attempts`);
}
