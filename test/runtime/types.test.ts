import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "./support/tsc.js";
import { writeScaleFixture } from "./types/scale-fixture.js";

const USAGE = path.join(import.meta.dirname, "types/usage.ts");

describe("typed create()", () => {
  it("the contract file type-checks: every @ts-expect-error is used", () => {
    expect(compile([USAGE]).diagnostics).toEqual([]);
  });

  it("each @ts-expect-error line fails with the error it names", () => {
    const source = readFileSync(USAGE, "utf8");
    const lines = source.split("\n");
    const expected: Array<{ line: number; code: number; fragment: string }> = [];
    const stripped = lines.map((text, i) => {
      const match = /^(\s*)\/\/ @ts-expect-error TS(\d+): (.+)$/.exec(text);
      if (!match) return text;
      expected.push({ line: i + 2, code: Number(match[2]), fragment: match[3]! });
      return `${match[1]}// (expected error below)`;
    });
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const found = compile([USAGE], { [USAGE]: stripped.join("\n") }).diagnostics;
    for (const e of expected) {
      const here = found.filter((d) => d.file === USAGE && d.line === e.line);
      expect(here, `line ${e.line}: expected TS${e.code} ${e.fragment}`).not.toEqual([]);
      expect(
        here.map((d) => d.code),
        `line ${e.line}`,
      ).toContain(e.code);
      expect(here.map((d) => d.message).join("\n"), `line ${e.line}`).toContain(e.fragment);
    }
    const unexpected = found.filter((d) => !expected.some((e) => d.file === USAGE && d.line === e.line));
    expect(unexpected).toEqual([]);
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
    const withCalls = compile([index, usage]);
    return { indexOnly, withCalls, calls: withCalls.instantiations - indexOnly.instantiations };
  }

  it("calls (valid and erroneous) cost the same instantiations with 10 or 1,000 models", () => {
    const small = measure(10);
    const large = measure(1000);
    for (const m of [small, large]) {
      expect(m.indexOnly.diagnostics).toEqual([]);
      expect(m.withCalls.diagnostics).toEqual([]);
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
