import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectedErrors, unmetExpectations } from "../support/typecheck.js";
import { compile } from "./support/tsc.js";
import { writeScaleFixture } from "./types/scale-fixture.js";

const USAGE = path.join(import.meta.dirname, "types/usage.ts");

describe("typed create()", () => {
  it("the contract file type-checks: every @ts-expect-error is used", () => {
    expect(compile([USAGE]).diagnostics).toEqual([]);
  });

  it("each @ts-expect-error line fails with the error it names", () => {
    const { text, expected } = expectedErrors(USAGE, readFileSync(USAGE, "utf8"));
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(unmetExpectations(expected, compile([USAGE], { [USAGE]: text }).diagnostics)).toEqual([]);
  });
});

describe("type-checking cost does not grow with the catalog", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function measure(n: number) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `apifree-scale-${n}-`));
    dirs.push(dir);
    const { index, usage } = writeScaleFixture(dir, n);
    const indexOnly = compile([index]);
    const { text, expected } = expectedErrors(usage, readFileSync(usage, "utf8"));
    const withCalls = compile([index, usage], { [usage]: text });
    const unmet = unmetExpectations(expected, withCalls.diagnostics);
    return { indexOnly, withCalls, unmet, calls: withCalls.instantiations - indexOnly.instantiations };
  }

  it("calls (valid and erroneous) cost the same instantiations with 10 or 1,000 models", () => {
    const small = measure(10);
    const large = measure(1000);
    for (const m of [small, large]) {
      expect(m.indexOnly.diagnostics).toEqual([]);
      expect(m.unmet).toEqual([]);
    }
    console.log(
      `type cost: 10 models: index ${small.indexOnly.instantiations} inst / ${small.indexOnly.checkMs.toFixed(0)} ms, calls +${small.calls} inst; ` +
        `1,000 models: index ${large.indexOnly.instantiations} inst / ${large.indexOnly.checkMs.toFixed(0)} ms, calls +${large.calls} inst, ` +
        `check with calls ${large.withCalls.checkMs.toFixed(0)} ms`,
    );
    // The calls' own instantiations must not scale with the catalog (a
    // signature that expands ModelMap[ModelId] costs thousands more here).
    expect(large.calls).toBeLessThanOrEqual(small.calls * 1.2 + 50);
    // Nor may the index's per-model cost explode: linear in n at most.
    expect(large.indexOnly.instantiations / 1000).toBeLessThan(50);
  }, 120_000);
});
