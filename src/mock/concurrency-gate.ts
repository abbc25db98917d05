/*
 * APIFree's per-key concurrency limit: a request that arrives while `limit`
 * others are in flight is refused at once (not queued).
 */

export interface ConcurrencyGate {
  /** Take a slot; returns the release function, or undefined when the limit is reached. */
  tryAcquire(): (() => void) | undefined;
  readonly inFlight: number;
}

export function createConcurrencyGate(limit: number = Number.POSITIVE_INFINITY): ConcurrencyGate {
  let inFlight = 0;
  return {
    tryAcquire() {
      if (inFlight >= limit) return undefined;
      inFlight += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inFlight -= 1;
      };
    },
    get inFlight() {
      return inFlight;
    },
  };
}
