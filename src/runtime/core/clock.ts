/*
 * The only sources of time and randomness the retry loop uses. Injectable so
 * tests can assert attempts and delays without real sleeps.
 */
import { APIUserAbortError } from "./errors.js";

export interface Clock {
  /** Wait `ms`; reject with APIUserAbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1): the jitter source. */
  random(): number;
  /**
   * Milliseconds on a monotonic scale: task polling measures its deadline
   * with it. Optional so clocks written for retries alone still fit;
   * without it, `performance.now()`.
   */
  now?(): number;
}

/** The clock's time, or the process's monotonic time when the clock keeps none. */
export function nowOf(clock: Clock): number {
  return clock.now ? clock.now() : performance.now();
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new APIUserAbortError("The request was aborted while waiting to retry."));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError("The request was aborted while waiting to retry."));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export const systemClock: Clock = { sleep: abortableSleep, random: Math.random, now: () => performance.now() };
