import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createOracle } from "../../../src/oracle/index.js";
import { schemaCases, seededRandom } from "../../support/schema-values/index.js";
import { SchemaMaker, SHARED_COMPONENTS } from "../../support/schema-values/random-schema.js";
import { cleanTmp, compileSchemas, oracleVerdict } from "./support.js";

/*
 * The differential test again, on random schemas rather than real
 * documents: keyword combinations no document has (keywords without type,
 * nullable around composition, enum beside keywords, nested oneOf/not/if,
 * unevaluatedProperties...). One module per batch; every verdict must agree
 * with the oracle.
 */

const SCHEMAS = Number(process.env.APIFREE_RANDOM_SCHEMAS ?? 150);
const VALUES = Number(process.env.APIFREE_RANDOM_VALUES ?? 40);
const SEED = Number(process.env.APIFREE_DIFF_SEED ?? 7);

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
    let total = 0;
    let valid = 0;
    const skipped = new Map<string, number>();
    const disagreements: unknown[] = [];
    for (const [index, root] of roots.entries()) {
      const check = oracle.validator(root.pointer);
      // What the oracle's known limitations depend on: this schema and the components it may reach.
      const documentText = JSON.stringify([schemas[`R${index}`], SHARED_COMPONENTS]);
      for (const generated of fc.sample(schemaCases(document, root.pointer), { numRuns: VALUES, seed: SEED + index })) {
        const verdict = oracleVerdict(check, generated.value, documentText);
        if ("skipped" in verdict) {
          skipped.set(verdict.skipped, (skipped.get(verdict.skipped) ?? 0) + 1);
          continue;
        }
        const expected = verdict.valid;
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
    const skippedText = [...skipped].map(([reason, count]) => `${count} skipped (${reason})`).join(", ");
    console.log(
      `random schemas (${openapi}): ${total - disagreements.length}/${total} agree; ${((100 * valid) / total).toFixed(1)}% valid${skippedText === "" ? "" : `; ${skippedText}`}`,
    );
    expect(disagreements, JSON.stringify(disagreements, null, 2)).toEqual([]);
    expect(valid).toBeGreaterThan(total * 0.15);
    expect(total - valid).toBeGreaterThan(total * 0.15);
  }, 120_000);
});
