import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createOracle } from "../../../src/oracle/index.js";
import { schemaCases, seededRandom } from "../../support/schema-values/index.js";
import { SchemaMaker, SHARED_COMPONENTS } from "../../support/schema-values/random-schema.js";
import { replayHint, testSeed } from "../../support/seed.js";
import { oracleJudge, SkippedValues } from "./oracle-limits.js";
import { cleanTmp, compileSchemas } from "./support.js";

/*
 * The differential test again, on random schemas rather than real
 * documents: keyword combinations no document has (keywords without type,
 * nullable around composition, enum beside keywords, nested oneOf/not/if,
 * unevaluatedProperties...). One module per batch; every verdict must agree
 * with the oracle.
 */

const SCHEMAS = Number(process.env.APIFREE_RANDOM_SCHEMAS ?? 150);
const VALUES = Number(process.env.APIFREE_RANDOM_VALUES ?? 40);
const SEED = testSeed(7);
const REPLAY = replayHint(SEED, "test/codegen/zod/random-schemas.test.ts");

afterAll(cleanTmp);

describe.each(["3.0.3", "3.1.0"])("random schemas in an OpenAPI %s document", (openapi) => {
  it(`${SCHEMAS} schemas x ${VALUES} values agree with the oracle`, async () => {
    const maker = new SchemaMaker(seededRandom(SEED + (openapi === "3.1.0" ? 1 : 0)), openapi === "3.0.3");
    const schemas: Record<string, unknown> = { ...SHARED_COMPONENTS };
    for (let i = 0; i < SCHEMAS; i++) schemas[`R${i}`] = maker.schema();
    const document = { openapi, components: { schemas } };
    const roots = Array.from({ length: SCHEMAS }, (_, i) => ({
      exportName: `r${i}`,
      pointer: `/components/schemas/R${i}`,
    }));
    const { validators, result } = await compileSchemas(document, roots, `random-${openapi}`);
    expect(result.warnings).toEqual([]);
    const oracle = createOracle(document);
    const oracleVerdict = oracleJudge(document);
    let total = 0;
    let valid = 0;
    const skipped = new SkippedValues();
    const disagreements: unknown[] = [];
    for (const [index, root] of roots.entries()) {
      const check = oracle.validator(root.pointer);
      for (const generated of fc.sample(schemaCases(document, root.pointer), { numRuns: VALUES, seed: SEED + index })) {
        const verdict = oracleVerdict(root.pointer, check, generated.value);
        if ("skipped" in verdict) {
          skipped.add(verdict);
          continue;
        }
        const expected = verdict.result.valid;
        const actual = validators[root.exportName]!.safeParse(generated.value).success;
        total++;
        if (expected) valid++;
        if (actual !== expected && disagreements.length < 5) {
          disagreements.push({
            schema: schemas[`R${index}`],
            value: generated.value,
            mutation: generated.mutation,
            zod: actual,
            oracle: expected,
          });
        }
      }
    }
    const skippedText = skipped.count === 0 ? "" : `${skipped.count} skipped: ${skipped.describe()}`;
    console.log(
      `random schemas (${openapi}): ${total - disagreements.length}/${total} agree; ${((100 * valid) / total).toFixed(1)}% valid${skippedText === "" ? "" : `; ${skippedText}`}`,
    );
    expect(disagreements, `${REPLAY}:\n${JSON.stringify(disagreements, null, 2)}`).toEqual([]);
    expect(valid, `too few valid values; ${REPLAY}`).toBeGreaterThan(total * 0.15);
    expect(total - valid, `too few invalid values; ${REPLAY}`).toBeGreaterThan(total * 0.15);
  }, 120_000);
});
