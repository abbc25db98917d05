import { afterAll, describe, expect, it } from "vitest";
import { createOracle } from "../../../src/oracle/index.js";
import { linearRegExp } from "../../../src/shared/linear-pattern/engine.js";
import { cleanTmp, compileSchemas } from "./support.js";

/*
 * Adversarial patterns, the ones that make a backtracking RegExp take seconds
 * or minutes on a few dozen characters, against the generated validators and
 * Ajv. On the attacking values the validators and the emulator's Ajv (with
 * the linear engine) must agree with the known verdict; on short values of
 * the same patterns, where backtracking is still quick, both must also agree
 * with Ajv on plain RegExp, the reference semantics.
 */

afterAll(cleanTmp);

interface Adversarial {
  pattern: string;
  /** Values a backtracking engine chokes on, with the verdict JSON Schema gives. */
  attacks: Array<[string, boolean]>;
  /** Short values, safe for RegExp, on which every engine is compared with the reference. */
  probes: string[];
}

const CASES: Adversarial[] = [
  {
    pattern: "^(a+)+$",
    attacks: [
      [`${"a".repeat(28)}!`, false],
      ["a".repeat(5_000), true],
    ],
    probes: ["", "a", "aaa", "aa!", "!a", "b"],
  },
  {
    pattern: "^(\\w+\\s?)*$",
    attacks: [
      [`${"a".repeat(45)}!`, false],
      [`${"word ".repeat(9)}!`, false],
      ["word ".repeat(2_000), true],
    ],
    probes: ["", "ab cd", "ab  cd", "ab\u00a0cd", "é", "a_1 b", "a!"],
  },
  {
    pattern: "^(a|a)*$",
    attacks: [[`${"a".repeat(32)}b`, false]],
    probes: ["", "aa", "ab", "b"],
  },
  {
    pattern: "^(a|aa)+$",
    attacks: [[`${"a".repeat(60)}b`, false]],
    probes: ["a", "aaa", "aab", ""],
  },
  {
    pattern: "(x+x+)+y",
    attacks: [
      ["x".repeat(40), false],
      [`${"x".repeat(40)}y`, true],
    ],
    probes: ["xxy", "xy", "xx", "axxyb"],
  },
  {
    pattern: "^(\\d+)*$",
    attacks: [[`${"1".repeat(40)}x`, false]],
    probes: ["", "123", "12a", "١"],
  },
  {
    pattern:
      "^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$",
    attacks: [[`${"a".repeat(40)}!`, false]],
    probes: ["john.doe@example.com", "a@b.co.uk", "a..b@c.de", "@x.com"],
  },
  {
    pattern: "^(.*a){12}$",
    attacks: [["a".repeat(40), true]],
    probes: ["aaaaaaaaaaaa", "aaaaaaaaaaa", "a\na"],
  },
];

function documentFor(pattern: string): unknown {
  return {
    openapi: "3.1.0",
    components: {
      schemas: {
        // The pattern both on a value (under a name no pattern here matches) and on property names.
        S: {
          type: "object",
          properties: { "!": { type: "string", pattern } },
          patternProperties: { [pattern]: { type: "integer" } },
          additionalProperties: false,
        },
      },
    },
  };
}

const POINTER = "/components/schemas/S";

describe.each(CASES)("$pattern", ({ pattern, attacks, probes }) => {
  it("the validator, Ajv with the linear engine and the known verdict agree on the attacks", async () => {
    const document = documentFor(pattern);
    const { validators, result } = await compileSchemas(document, [{ exportName: "request", pointer: POINTER }]);
    // Every one of these is expressible in linear time: no warning, no RegExp left.
    expect(result.warnings).toEqual([]);
    expect(result.source).not.toContain("new RegExp");
    const emulator = createOracle(document, { regExp: linearRegExp }).validator(POINTER);
    for (const [attack, matches] of attacks) {
      const asValue = { "!": attack };
      expect(validators.request!.safeParse(asValue).success, `value ${attack.slice(0, 30)}`).toBe(matches);
      expect(emulator(asValue).valid).toBe(matches);
      const asName = { [attack]: 1 };
      expect(validators.request!.safeParse(asName).success, `name ${attack.slice(0, 30)}`).toBe(matches);
      expect(emulator(asName).valid).toBe(matches);
    }
  });

  it("on short values every engine agrees with Ajv on RegExp", async () => {
    const document = documentFor(pattern);
    const { validators } = await compileSchemas(document, [{ exportName: "request", pointer: POINTER }]);
    const reference = createOracle(document).validator(POINTER);
    const emulator = createOracle(document, { regExp: linearRegExp }).validator(POINTER);
    for (const probe of probes) {
      for (const value of [{ "!": probe }, { [probe]: 1 }, { [probe]: "x" }]) {
        const expected = reference(value).valid;
        expect(validators.request!.safeParse(value).success, JSON.stringify(value)).toBe(expected);
        expect(emulator(value).valid, JSON.stringify(value)).toBe(expected);
      }
    }
  });
});

describe("patterns RE2 cannot express", () => {
  it("keep RegExp, with a warning naming the model and pointer, in validators and in the emulator", async () => {
    const document = documentFor("^(?=.*\\d)(\\w)\\1$");
    const { validators, result } = await compileSchemas(document, [{ exportName: "request", pointer: POINTER }]);
    const message = expect.stringMatching(/backtracking RegExp, not in linear time: it uses the lookahead/);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { model: "test-model", pointer: `${POINTER}/patternProperties/^(?=.*\\d)(\\w)\\1$`, message },
        { model: "test-model", pointer: `${POINTER}/properties/!/pattern`, message },
      ]),
    );
    const reference = createOracle(document).validator(POINTER);
    const emulator = createOracle(document, { regExp: linearRegExp }).validator(POINTER);
    for (const probe of ["11", "aa", "1a", "ab", ""]) {
      const value = { "!": probe };
      expect(validators.request!.safeParse(value).success).toBe(reference(value).valid);
      expect(emulator(value).valid).toBe(reference(value).valid);
    }
  });
});
