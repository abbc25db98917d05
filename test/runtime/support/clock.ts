import { APIUserAbortError, type Clock } from "apifree-typed";

/** A clock that records every requested delay and returns at once. */
export function recordingClock(random: () => number = () => 0.5): { clock: Clock; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: {
      random,
      sleep: async (ms, signal) => {
        sleeps.push(ms);
        if (signal?.aborted) throw new APIUserAbortError();
      },
    },
  };
}
