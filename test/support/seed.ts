/*
 * The seed of the tests that draw random values. Unset, each test uses its
 * own fixed default, so local runs are stable; `.ci/run` sets
 * APIFREE_TEST_SEED afresh on every run, so CI keeps exploring new values. A
 * failure prints the seed, and the same seed replays the same values.
 */

export function testSeed(fallback: number): number {
  const text = process.env.APIFREE_TEST_SEED;
  if (text === undefined || text.trim() === "") return fallback;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`APIFREE_TEST_SEED must be an integer, not ${JSON.stringify(text)}`);
  return seed;
}

/** What a failure message says so that it can be replayed. */
export function replayHint(seed: number, testFile: string): string {
  return `seed ${seed}; replay with APIFREE_TEST_SEED=${seed} npx vitest run ${testFile}`;
}
