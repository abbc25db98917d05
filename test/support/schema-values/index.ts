import fc from "fast-check";
import { type GeneratedCase, type Target, ValueGenerator } from "./generate.js";
import { seededRandom } from "./random.js";
import { resolvePointer } from "./view.js";

/*
 * fast-check arbitraries of JSON values for the schema at a pointer inside
 * an OpenAPI document: valid-leaning values and single mutations of them.
 * Test-only: it knows nothing of the emitter or the oracle.
 */

export type { GeneratedCase } from "./generate.js";
export { mixSeed, seededRandom } from "./random.js";

const patternPools = new Map<string, readonly string[]>();

/** Up to 24 strings matching `pattern` (ECMA-262, `u` flag), computed once per pattern. */
function stringsMatching(pattern: string): readonly string[] {
  let pool = patternPools.get(pattern);
  if (pool === undefined) {
    try {
      const regex = new RegExp(pattern, "u");
      pool = [...new Set(fc.sample(fc.stringMatching(regex, { size: "small" }), { numRuns: 40, seed: 7 }))]
        .filter((text) => regex.test(text))
        .slice(0, 24);
    } catch {
      pool = [];
    }
    patternPools.set(pattern, pool);
  }
  return pool;
}

export interface SchemaCaseOptions {
  /** Share of cases generated with a mutation (default 0.5). */
  mutationRate?: number;
  maxDepth?: number;
  /** Aim at one edge of one boundary keyword instead (see BoundaryTally.target). */
  target?: Target;
}

/** One value for the schema at `pointer` in `document`, deterministic in `seed`. */
export function schemaCase(
  document: unknown,
  pointer: string,
  seed: number,
  options: SchemaCaseOptions = {},
): GeneratedCase {
  const random = seededRandom(seed);
  const generator = new ValueGenerator(document, random, {
    matching: stringsMatching,
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
    ...(options.target === undefined ? {} : { target: options.target }),
  });
  return generator.generate(resolvePointer(document, pointer), random.chance(options.mutationRate ?? 0.5));
}

/** fast-check arbitrary of cases for the schema at `pointer`. Seeds do not shrink: a failure prints its value. */
export function schemaCases(
  document: unknown,
  pointer: string,
  options: SchemaCaseOptions = {},
): fc.Arbitrary<GeneratedCase> {
  return fc
    .noShrink(fc.integer({ min: 0, max: 0x7fffffff }))
    .map((seed) => schemaCase(document, pointer, seed, options));
}
