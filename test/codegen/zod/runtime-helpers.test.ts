import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { v, z } from "../../../src/runtime/validators/index.js";

/* The run-time helpers generated validators import, on their own. */

describe("isMultipleOf: the decimal JSON.stringify writes, i.e. what is sent", () => {
  it.each([
    [0.3, 0.1, true],
    [0.7, 0.1, true],
    [1.1, 0.1, true],
    [19.99, 0.01, true],
    [0.30000000000000004, 0.1, false],
    [0.35, 0.1, false],
    [1e-7, 0.1, false],
    [1e-7, 1e-8, true],
    // 2^60 goes on the wire as 1152921504606847000, which 256 does not divide.
    [2 ** 60, 256, false],
    [2 ** 60, 1000, true],
    [2 ** 53 + 2, 2, true],
    [1e21, 0.5, true],
    [1e300, 3, false],
    [-4.5, 1.5, true],
    [0, 0.7, true],
    [5, 2.5, true],
    [7, 2, false],
  ])("%s multipleOf %s is %s", (value, divisor, expected) => {
    expect(v.isMultipleOf(value, divisor)).toBe(expected);
  });

  it("agrees with integer arithmetic on safe integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (value, divisor) => {
        expect(v.isMultipleOf(value, divisor)).toBe(value % divisor === 0);
      }),
    );
  });

  it("k * d is a multiple of d when both are short decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 4 }),
        (k, digits, scale) => {
          const divisor = digits / 10 ** scale;
          const value = Number((k * divisor).toFixed(scale));
          expect(v.isMultipleOf(value, divisor)).toBe(true);
        },
      ),
    );
  });
});

describe("codePointLength", () => {
  it("counts characters outside the BMP once and lone surrogates once", () => {
    expect(v.codePointLength("")).toBe(0);
    expect(v.codePointLength("abc")).toBe(3);
    expect(v.codePointLength("😀")).toBe(1);
    expect(v.codePointLength("a😀b𝄞")).toBe(4);
    expect(v.codePointLength("\ud800")).toBe(1);
    expect(v.codePointLength("\udc00\ud800")).toBe(2);
  });

  it("equals the length of the string's code point iteration", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(v.codePointLength(text)).toBe([...text].length);
      }),
    );
  });
});

describe("jsonEqual and canonicalKey", () => {
  const json = fc.jsonValue();
  it("a value equals its reordered deep copy, with the same key", () => {
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, inner]) => [key, reorder(inner)]),
            )
          : value;
    fc.assert(
      fc.property(json, (value) => {
        const copy = reorder(value);
        expect(v.jsonEqual(value, copy)).toBe(true);
        expect(v.canonicalKey(value)).toBe(v.canonicalKey(copy));
      }),
    );
  });

  it("canonical keys are equal exactly when the values are JSON-equal", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(v.canonicalKey(a) === v.canonicalKey(b)).toBe(v.jsonEqual(a, b));
      }),
    );
  });

  it("distinguishes types and array order", () => {
    expect(v.jsonEqual(1, "1")).toBe(false);
    expect(v.jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(v.jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(v.jsonEqual(null, {})).toBe(false);
    expect(v.jsonEqual([], {})).toBe(false);
    expect(v.jsonEqual(0, -0)).toBe(true);
  });
});

describe("helper schemas are real Zod schemas", () => {
  const schema = v.object({
    properties: [
      ["name", z.string()],
      ["tags", z.array(z.string()).check(v.uniqueItems())],
    ],
    required: ["name"],
  });

  it("report issues with paths", () => {
    const result = schema.safeParse({ name: 1, tags: ["a", "a"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["name"], ["tags"]]);
    expect(schema.safeParse({ tags: [] }).error?.issues).toEqual([
      expect.objectContaining({ code: "invalid_type", path: ["name"] }),
    ]);
  });

  it("keep their behaviour through describe, meta, nullable and optional", () => {
    expect(schema.describe("d").safeParse({}).success).toBe(false);
    expect(schema.meta({ title: "t" }).safeParse({ name: "x" }).success).toBe(true);
    expect(schema.nullable().safeParse(null).success).toBe(true);
    expect(schema.optional().safeParse(undefined).success).toBe(true);
    expect(z.object({ inner: schema }).safeParse({ inner: {} }).success).toBe(false);
  });

  it("work as Standard Schema and with parse", () => {
    expect(schema["~standard"].validate({ name: "x" })).toEqual({ value: { name: "x" } });
    expect(() => schema.parse({})).toThrow(z.ZodError);
  });

  it("discriminated dispatch only runs the branch the tag selects", () => {
    const a = v.object({
      properties: [
        ["t", z.literal("a")],
        ["x", z.string()],
      ],
      required: ["t"],
    });
    const b = v.object({ properties: [["t", z.literal(["b", 1])]], required: ["t"] });
    const union = v.discriminated("t", [
      [["a"], a],
      [["b", 1], b],
    ]);
    expect(union.safeParse({ t: "a", x: "s" }).success).toBe(true);
    expect(union.safeParse({ t: 1 }).success).toBe(true);
    expect(union.safeParse({ t: "a", x: 1 }).error?.issues[0]?.path).toEqual(["x"]);
    expect(union.safeParse({ t: "c" }).success).toBe(false);
    expect(union.safeParse({}).success).toBe(false);
    expect(union.safeParse(Object.create({ t: "a" })).success).toBe(false);
    expect(union.safeParse(["a"]).success).toBe(false);
  });

  it("types and whenType dispatch on the JSON type", () => {
    const strict = v.types({ string: z.string().check(v.minLength(2)), null: true });
    expect(strict.safeParse("ab").success).toBe(true);
    expect(strict.safeParse(null).success).toBe(true);
    expect(strict.safeParse("a").success).toBe(false);
    expect(strict.safeParse(1).success).toBe(false);
    const loose = v.whenType({ string: z.string().check(v.minLength(2)) });
    expect(loose.safeParse(1).success).toBe(true);
    expect(loose.safeParse("a").success).toBe(false);
    expect(loose.safeParse(undefined).success).toBe(false);
    expect(loose.safeParse(Number.NaN).success).toBe(false);
  });

  it("objects ignore properties whose value is undefined, as JSON does", () => {
    const closed = v.object({ properties: [["a", z.string()]], additionalProperties: false, required: ["a"] });
    expect(closed.safeParse({ a: "x", b: undefined }).success).toBe(true);
    expect(closed.safeParse({ a: undefined }).success).toBe(false);
  });
});
