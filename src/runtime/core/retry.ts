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

export interface RetryPolicy {
  maxRetries: number;
  clock: Clock;
  signal: AbortSignal | undefined;
}

export async function withRetries<T>(
  attempt: (retry: number) => Promise<AttemptOutcome<T>>,
  policy: RetryPolicy,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    const outcome = await attempt(retry);
    if (outcome.ok) return outcome.value;
    if (!outcome.retry || retry >= policy.maxRetries)
      throw retry > 0 ? noteAttempts(outcome.error, retry + 1) : outcome.error;
    const delay = outcome.retryAfterMs ?? backoffMs(retry, { random: policy.clock.random });
    await policy.clock.sleep(delay, policy.signal);
  }
}

function noteAttempts(error: APIFreeError, attempts: number): APIFreeError {
  const before = error.message;
  // V8 formats `stack` on first read, from the message at that moment: read it
  // before the message changes, or the suffix would be added twice.
  const stack = error.stack;
  error.message = `${before} (gave up after ${attempts} attempts)`;
  if (stack) error.stack = stack.replace(before, error.message);
  return error;
}
