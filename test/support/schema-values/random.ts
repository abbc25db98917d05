/*
 * The randomness the value generator draws from. A small seeded PRNG
 * (mulberry32) rather than one fast-check call per decision: a value takes
 * hundreds of decisions, and the seed itself comes from fast-check.
 */

export interface Random {
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

/**
 * A 32-bit seed drawn from a run's seed and names (FNV-1a), so that each
 * document, root and target has its own stream whatever runs before it.
 */
export function mixSeed(seed: number, ...names: Array<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of [seed, ...names].join("\u0000")) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
