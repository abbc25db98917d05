import { describe, expect, it } from "vitest";
import { createOracle } from "../../../src/oracle/index.js";
import { edgeOf, unreachableEdge } from "./boundaries.js";
import { schemaCase } from "./index.js";
import { BoundaryTally } from "./tally.js";

/*
 * The boundary tally of the differential test: what counts as an edge, when
 * a value proves one, and that values aimed at each edge reach it.
 */

describe("edges of boundary keywords", () => {
  it("are the bound and one step across it, in code points, decimals and doubles", () => {
    expect([4, 5, 6, 5.5].map((n) => edgeOf({ maximum: 5 }, "maximum", n))).toEqual([
      undefined,
      "inside",
      "outside",
      "outside",
    ]);
    // OpenAPI 3.0's flag makes the pair one exclusive bound.
    expect(edgeOf({ maximum: 5, exclusiveMaximum: true }, "maximum", 5)).toBeUndefined();
    expect([5, 4, 3].map((n) => edgeOf({ maximum: 5, exclusiveMaximum: true }, "exclusiveMaximum", n))).toEqual([
      "outside",
      "inside",
      undefined,
    ]);
    // A step is the multipleOf where there is one, and the gap to the next double beyond 2^53.
    expect(edgeOf({ minimum: 1024, multipleOf: 256 }, "minimum", 768)).toBe("outside");
    expect(edgeOf({ maximum: 2 ** 63 }, "maximum", 2 ** 63 + 2048)).toBe("outside");
    expect(["😀😀😀", "abcd", "ab"].map((text) => edgeOf({ maxLength: 3 }, "maxLength", text))).toEqual([
      "inside",
      "outside",
      undefined,
    ]);
    expect([0.3, 0.35].map((n) => edgeOf({ multipleOf: 0.1 }, "multipleOf", n))).toEqual(["inside", "outside"]);
    expect(["ab", "a1"].map((text) => edgeOf({ pattern: "^[a-z]+$" }, "pattern", text))).toEqual(["inside", "outside"]);
    expect(edgeOf({ maxLength: 3 }, "maxLength", 4)).toBeUndefined();
  });

  it("some no value can reach, each with the reason", () => {
    expect(unreachableEdge({ minItems: 0 }, "minItems", "outside")).toBe("nothing is shorter than empty");
    expect(unreachableEdge({ maxLength: 64, pattern: "^[a-z_-]{1,64}$" }, "maxLength", "outside")).toMatch(
      /already refuses every longer string/,
    );
    expect(unreachableEdge({ minLength: 1, pattern: "^[a-z]+$" }, "minLength", "outside")).toMatch(/empty string/);
    expect(unreachableEdge({ minLength: 1, pattern: "^[a-z]*$" }, "minLength", "outside")).toBeUndefined();
    expect(unreachableEdge({ maxLength: 64 }, "maxLength", "outside")).toBeUndefined();
  });
});

const ROOT = "/components/schemas/Req";
const DOCUMENT = {
  openapi: "3.1.0",
  components: {
    schemas: {
      Req: {
        type: "object",
        required: ["message"],
        properties: {
          n: { type: "integer", minimum: 1, maximum: 5 },
          s: { type: "string", maxLength: 3, pattern: "^[a-z]+$" },
          tags: { type: "array", maxItems: 2, items: { type: "string" } },
          message: { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
        },
      },
      A: { type: "object", required: ["role"], properties: { role: { const: "a" }, name: { maxLength: 2 } } },
      B: { type: "object", required: ["role"], properties: { role: { const: "b" }, name: { maxLength: 2 } } },
    },
  },
};
const A_NAME = "/components/schemas/A/properties/name";
const B_NAME = "/components/schemas/B/properties/name";

function exercised(tally: BoundaryTally): string[] {
  return tally
    .edges()
    .filter((edge) => edge.exercised)
    .map((edge) => `${edge.keyword} ${edge.edge} ${edge.pointer}`)
    .sort();
}

describe("the boundary tally", () => {
  it("counts an edge inside only in a valid value, in the union branch the value's shape selects", () => {
    const tally = new BoundaryTally(DOCUMENT, [ROOT]);
    tally.observe(ROOT, { n: 5, message: { role: "a", name: "xy" } }, true, undefined, () => true);
    expect(exercised(tally)).toEqual([`maxLength inside ${A_NAME}`, `maximum inside ${ROOT}/properties/n`]);
    tally.observe(ROOT, { n: 1, message: { role: "b" } }, false, undefined, () => true);
    expect(exercised(tally)).not.toContain(`minimum inside ${ROOT}/properties/n`);
  });

  it("counts an edge outside only where the value's one mutation is, and only when putting it right makes the value valid", () => {
    const tally = new BoundaryTally(DOCUMENT, [ROOT]);
    tally.observe(ROOT, { n: 6, message: { role: "a" } }, false, "/n", () => false);
    expect(exercised(tally)).toEqual([]);
    tally.observe(ROOT, { n: 6, s: "abcd", message: { role: "a" } }, false, "/s", () => true);
    expect(exercised(tally)).toEqual([`maxLength outside ${ROOT}/properties/s`]);
    // One code point too many, but the pattern refuses it anyway: that proves nothing about maxLength.
    const other = new BoundaryTally(DOCUMENT, [ROOT]);
    other.observe(ROOT, { s: "ab1d", message: { role: "a" } }, false, "/s", () => true);
    expect(exercised(other)).toEqual([]);
  });

  it("names the keyword, edge and pointer of every edge still missing", () => {
    const tally = new BoundaryTally(DOCUMENT, [ROOT]);
    expect(tally.missing()).toContainEqual({ keyword: "maxLength", pointer: B_NAME, edge: "outside" });
    // Seven keywords, two edges each.
    expect(tally.missing()).toHaveLength(14);
  });

  it("is completed by values aimed at each missing edge", () => {
    const oracle = createOracle(DOCUMENT);
    const check = oracle.validator(ROOT);
    const tally = new BoundaryTally(DOCUMENT, [ROOT]);
    for (const site of tally.missing()) {
      for (let seed = 0; seed < 4 && !tally.isExercised(site); seed++) {
        const generated = schemaCase(DOCUMENT, ROOT, seed, { target: tally.target(site) });
        tally.observe(
          ROOT,
          generated.value,
          check(generated.value).valid,
          generated.at,
          () => check(generated.control()).valid,
        );
      }
    }
    expect(tally.missing()).toEqual([]);
  });
});
