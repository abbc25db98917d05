import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createOracle } from "../../../src/oracle/index.js";
import { CORPUS_SKIP_REASON, corpusDocuments } from "../../support/corpus.js";
import { mixSeed, schemaCase, schemaCases } from "../../support/schema-values/index.js";
import { BoundaryTally, type EdgeSite } from "../../support/schema-values/tally.js";
import { replayHint, testSeed } from "../../support/seed.js";
import { oracleJudge, SkippedValues } from "./oracle-limits.js";
import { bundledDocuments, type ContractDocument, cleanTmp, compileSchemas, contractDocument } from "./support.js";

/*
 * The proof of exactness: for every model of the bundled catalog and every
 * document of the shared corpus, values generated from each root schema
 * (request, response, stream chunk) and single mutations of them are judged
 * by the emitted Zod validator and by the oracle (Ajv 2020 on the original
 * schema). Every verdict must agree.
 *
 * Every boundary keyword (bounds, lengths, item counts, multipleOf, pattern)
 * of a model's schemas must also have been met at both edges (see
 * schema-values/tally.ts): values aimed at each edge the random ones missed
 * make up the rest. Values the oracle cannot judge (oracle-limits.ts) are
 * left out, and may be at most 2% of a model's values.
 */

// 180 random values per root, then those aimed at the edges they missed: about as many values as 200 random ones were.
const RUNS_PER_ROOT = Number(process.env.APIFREE_DIFF_RUNS ?? 180);
const SEED = testSeed(20_240_601);
const REPLAY = replayHint(SEED, "test/codegen/zod/differential.test.ts");
/** Optional, for exploration: also run N models of the synthetic benchmark catalog. */
const SYNTHETIC_MODELS = Number(process.env.APIFREE_DIFF_SYNTHETIC ?? 0);
const MAX_SKIPPED_SHARE = 0.02;
/** Values aimed at an edge the random values missed, before it counts as not exercised. */
const ATTEMPTS_PER_EDGE = 4;

interface Tally {
  document: string;
  /** Values generated, judged or not. */
  generated: number;
  total: number;
  agree: number;
  valid: number;
  invalid: number;
  /** Values the oracle could not judge (see oracle-limits.ts). */
  skipped: SkippedValues;
  disagreements: Array<{
    root: string;
    zod: boolean;
    oracle: boolean;
    mutation: string | undefined;
    value: unknown;
    oracleErrors: unknown;
    zodIssues: unknown;
  }>;
  edges: BoundaryTally;
}

async function runDifferential(entry: ContractDocument, aimAtEdges = true): Promise<Tally> {
  const { validators } = await compileSchemas(entry.document, entry.roots, entry.name);
  const oracle = createOracle(entry.document);
  const oracleVerdict = oracleJudge(entry.document);
  const edges = new BoundaryTally(
    entry.document,
    entry.roots.map((root) => root.pointer),
  );
  const tally: Tally = {
    document: entry.name,
    generated: 0,
    total: 0,
    agree: 0,
    valid: 0,
    invalid: 0,
    skipped: new SkippedValues(),
    disagreements: [],
    edges,
  };
  const judge = (root: ContractDocument["roots"][number], generated: ReturnType<typeof schemaCase>): void => {
    tally.generated++;
    const verdict = oracleVerdict(root.pointer, oracle.validator(root.pointer), generated.value);
    if ("skipped" in verdict) {
      tally.skipped.add(verdict);
      return;
    }
    const expected = verdict.result;
    const actual = validators[root.exportName]!.safeParse(generated.value);
    tally.total++;
    if (expected.valid) tally.valid++;
    else tally.invalid++;
    if (actual.success === expected.valid) {
      tally.agree++;
    } else if (tally.disagreements.length < 5) {
      tally.disagreements.push({
        root: `${root.exportName} ${root.pointer}`,
        zod: actual.success,
        oracle: expected.valid,
        mutation: generated.mutation,
        value: generated.value,
        oracleErrors: expected.errors.slice(0, 3),
        zodIssues: actual.success ? [] : actual.error.issues.slice(0, 3),
      });
    }
    edges.observe(root.pointer, generated.value, expected.valid, generated.at, () => {
      const control = oracleVerdict(root.pointer, oracle.validator(root.pointer), generated.control());
      return "result" in control && control.result.valid;
    });
  };
  for (const root of entry.roots) {
    const seed = mixSeed(SEED, entry.name, root.exportName);
    for (const generated of fc.sample(schemaCases(entry.document, root.pointer), { numRuns: RUNS_PER_ROOT, seed }))
      judge(root, generated);
  }
  if (!aimAtEdges) return tally;
  for (const site of edges.missing()) {
    const target = edges.target(site);
    const roots = entry.roots.filter((root) => edges.rootsLeadingTo(site.pointer).includes(root.pointer));
    for (let attempt = 0; attempt < ATTEMPTS_PER_EDGE && roots.length > 0 && !edges.isExercised(site); attempt++) {
      const root = roots[attempt % roots.length]!;
      const seed = mixSeed(SEED, entry.name, site.keyword, site.pointer, site.edge, attempt);
      judge(root, schemaCase(entry.document, root.pointer, seed, { target }));
    }
  }
  return tally;
}

const tallies: Tally[] = [];

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(2)}%`;
}

function describeSite(site: EdgeSite): string {
  return `${site.keyword} ${site.edge} at ${site.pointer}`;
}

function report(label: string, list: readonly Tally[]): void {
  const lines = list.map((t) => {
    const skipped = t.skipped.count;
    const reasons = t.skipped.describe();
    const edges = t.edges.edges();
    const exercised = edges.filter((edge) => edge.exercised).length;
    const unreachable = edges.filter((edge) => edge.unreachable !== undefined).length;
    return (
      `  ${t.document}: ${t.agree}/${t.total} agree (${percent(t.agree, t.total)}); ` +
      `oracle valid ${t.valid}, invalid ${t.invalid} (${percent(t.valid, t.total)} valid); ` +
      `skipped ${skipped}/${t.generated} (${percent(skipped, t.generated)})${reasons === "" ? "" : `: ${reasons}`}; ` +
      `boundary edges exercised ${exercised}/${edges.length - unreachable}` +
      (unreachable === 0 ? "" : ` (${unreachable} no value can reach)`)
    );
  });
  const total = list.reduce((sum, t) => sum + t.total, 0);
  const agree = list.reduce((sum, t) => sum + t.agree, 0);
  const valid = list.reduce((sum, t) => sum + t.valid, 0);
  lines.push(
    `  overall: ${agree}/${total} agree (${percent(agree, total)}); ${percent(valid, total)} of the values valid; ${REPLAY}`,
  );
  // The edges no value can reach, once each with the reason: what the tally does not require.
  const unreachable = new Map<string, string>();
  for (const t of list)
    for (const edge of t.edges.edges())
      if (edge.unreachable !== undefined) unreachable.set(describeSite(edge), edge.unreachable);
  if (unreachable.size > 0)
    lines.push(
      "  edges no value can reach (not required):",
      ...[...unreachable].sort().map(([site, reason]) => `    ${site}: ${reason}`),
    );
  console.log(`Zod vs oracle, ${label}:\n${lines.join("\n")}`);
}

function expectAgreement(tally: Tally): void {
  const name = tally.document;
  expect(tally.disagreements, `${name}, ${REPLAY}:\n${JSON.stringify(tally.disagreements, null, 2)}`).toEqual([]);
  const skipped = tally.skipped.count;
  expect(
    skipped / tally.generated,
    `${name}: ${skipped} of ${tally.generated} values skipped (${tally.skipped.describe()}), more than ${100 * MAX_SKIPPED_SHARE}%; ${REPLAY}`,
  ).toBeLessThanOrEqual(MAX_SKIPPED_SHARE);
  // A test where everything is invalid proves little.
  expect(tally.valid, `${name}: too few valid values; ${REPLAY}`).toBeGreaterThan(tally.total * 0.15);
  expect(tally.invalid, `${name}: too few invalid values; ${REPLAY}`).toBeGreaterThan(tally.total * 0.15);
  expect(
    tally.edges.missing().map(describeSite),
    `${name}: boundary keywords no value met at this edge; ${REPLAY}`,
  ).toEqual([]);
}

afterAll(async () => {
  if (tallies.length > 0) report("all documents", tallies);
  await cleanTmp();
});

describe("bundled catalog: Zod verdict equals the oracle's", async () => {
  const documents = await bundledDocuments();
  const bundled: Tally[] = [];
  afterAll(() => {
    if (bundled.length > 0) report("bundled catalog", bundled);
  });
  if (documents.length === 0) it.skip("[skipped: snapshot/ holds no bundled catalog]", () => {});
  for (const entry of documents) {
    it(entry.name, async () => {
      const tally = await runDifferential(entry);
      tallies.push(tally);
      bundled.push(tally);
      expectAgreement(tally);
    });
  }
});

const corpus = corpusDocuments().map((doc) => contractDocument(doc.name, doc.document));

describe("shared corpus: Zod verdict equals the oracle's", () => {
  const results: Tally[] = [];
  afterAll(() => {
    if (results.length > 0) report("shared corpus", results);
  });
  if (corpus.length === 0) it.skip(`[skipped: ${CORPUS_SKIP_REASON}]`, () => {});
  for (const entry of corpus) {
    it(entry.name, async () => {
      const tally = await runDifferential(entry);
      tallies.push(tally);
      results.push(tally);
      expectAgreement(tally);
    });
  }
});

describe.skipIf(SYNTHETIC_MODELS === 0)(
  "synthetic catalog (APIFREE_DIFF_SYNTHETIC=N): Zod verdict equals the oracle's",
  () => {
    const results: Tally[] = [];
    afterAll(() => {
      if (results.length > 0) report("synthetic catalog", results);
    });
    it(`${SYNTHETIC_MODELS} models`, async () => {
      const { syntheticCatalog } = await import("../../../tools/catalog/synthetic.js");
      for (const model of syntheticCatalog({ models: SYNTHETIC_MODELS }).models) {
        const tally = await runDifferential(contractDocument(model.id, model.document), false);
        results.push(tally);
        expect(tally.disagreements, `${model.id}, ${REPLAY}: ${JSON.stringify(tally.disagreements, null, 2)}`).toEqual(
          [],
        );
      }
    }, 600_000);
  },
);
