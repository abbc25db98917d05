import { describe, expect, it } from "vitest";
import { convertDocument, refForPointer } from "../../src/oracle/convert-document.js";
import {
  convertExclusiveBounds,
  convertTupleItems,
  widenNullable,
  wrapWithNull,
} from "../../src/oracle/convert-node.js";
import { createOracle, describeError, primaryError } from "../../src/oracle/index.js";
import { getAtPointer } from "../../src/shared/json-pointer.js";

/** A document whose `components.schemas` are the given schemas. */
function doc(schemas: Record<string, unknown>, openapi = "3.0.3"): unknown {
  return { openapi, info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
}

function accepts(schema: unknown, value: unknown, openapi = "3.0.3"): boolean {
  return createOracle(doc({ S: schema }, openapi)).validate("/components/schemas/S", value).valid;
}

describe("per-node conversions", () => {
  it("turns boolean exclusive bounds into numeric ones", () => {
    const node: Record<string, unknown> = {
      type: "number",
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 2,
      exclusiveMaximum: false,
    };
    convertExclusiveBounds(node);
    expect(node).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 2 });
  });

  it("drops a boolean exclusive bound with no bound beside it, keeps numeric ones", () => {
    const lonely: Record<string, unknown> = { exclusiveMaximum: true };
    convertExclusiveBounds(lonely);
    expect(lonely).toEqual({});
    const numeric: Record<string, unknown> = { exclusiveMaximum: 1, minimum: 0 };
    convertExclusiveBounds(numeric);
    expect(numeric).toEqual({ exclusiveMaximum: 1, minimum: 0 });
  });

  it("widens type and enum in place for a plain nullable schema", () => {
    const node: Record<string, unknown> = { type: "string", enum: ["a", "b"], nullable: true, minLength: 1 };
    expect(widenNullable(node)).toBe(false);
    expect(node).toEqual({ type: ["string", "null"], enum: ["a", "b", null], minLength: 1 });
    const typeArray: Record<string, unknown> = { type: ["integer", "string"], nullable: true };
    widenNullable(typeArray);
    expect(typeArray.type).toEqual(["integer", "string", "null"]);
  });

  it("asks for a wrap when an applicator would reject null, and ignores nullable: false", () => {
    for (const keyword of ["$ref", "allOf", "anyOf", "oneOf", "not", "const"]) {
      expect(
        widenNullable({ [keyword]: keyword === "$ref" ? "#/x" : keyword === "const" ? 1 : [], nullable: true }),
        keyword,
      ).toBe(true);
    }
    const notNullable: Record<string, unknown> = { type: "string", nullable: false };
    expect(widenNullable(notNullable)).toBe(false);
    expect(notNullable).toEqual({ type: "string" });
  });

  it("wraps keeping the object's identity", () => {
    const node: Record<string, unknown> = { $ref: "#/a", description: "d" };
    const inner = wrapWithNull(node);
    expect(node).toEqual({ anyOf: [{ $ref: "#/a", description: "d" }, { type: "null" }] });
    expect(node.anyOf).toContain(inner);
  });

  it("reads draft-4 tuples as prefixItems", () => {
    const node: Record<string, unknown> = { type: "array", items: [{ type: "string" }], additionalItems: false };
    convertTupleItems(node);
    expect(node).toEqual({ type: "array", prefixItems: [{ type: "string" }], items: false });
  });
});

describe("around Ajv's own gaps", () => {
  it("checks contains on an empty array beside prefixItems (Ajv 8.20 alone accepts [] there)", () => {
    const tuple = { type: "array", prefixItems: [{ type: "integer" }], contains: { type: "null" }, maxContains: 1 };
    expect(accepts(tuple, [], "3.1.0")).toBe(false);
    expect(accepts({ not: tuple }, [], "3.1.0")).toBe(true);
    expect(accepts(tuple, [1, null], "3.1.0")).toBe(true);
    expect(accepts(tuple, [1, null, null], "3.1.0")).toBe(false);
    expect(accepts({ ...tuple, minContains: 0 }, [], "3.1.0")).toBe(true);
  });
});

describe("document conversion", () => {
  it("converts only what a schema keyword or $ref reaches", () => {
    const source = doc({
      S: {
        type: "object",
        properties: { nullable: { $ref: "#/components/schemas/T" }, type: { type: "string", nullable: true } },
      },
      T: { type: "integer", nullable: true },
      Unreached: { type: "string", nullable: true },
    });
    const converted = convertDocument(source);
    converted.prepare("/components/schemas/S");
    const root = converted.root;
    // Property names that look like keywords are names, not keywords.
    expect(getAtPointer(root, "/components/schemas/S/properties/type")).toEqual({ type: ["string", "null"] });
    expect(getAtPointer(root, "/components/schemas/T")).toEqual({ type: ["integer", "null"] });
    expect(getAtPointer(root, "/components/schemas/Unreached")).toEqual({ type: "string", nullable: true });
    // The source is never modified.
    expect(getAtPointer(source, "/components/schemas/T")).toEqual({ type: "integer", nullable: true });
  });

  it("rewrites a $ref into the inside of a schema that was wrapped", () => {
    const source = doc({
      A: { nullable: true, allOf: [{ type: "object" }], properties: { b: { type: "string", maxLength: 2 } } },
      UsesInside: { $ref: "#/components/schemas/A/properties/b" },
    });
    const converted = convertDocument(source);
    converted.prepare("/components/schemas/A");
    expect(converted.prepare("/components/schemas/UsesInside")).toBe("/components/schemas/UsesInside");
    expect(converted.locate("/components/schemas/A/properties/b")).toBe("/components/schemas/A/anyOf/0/properties/b");
    expect(getAtPointer(converted.root, "/components/schemas/UsesInside/$ref")).toBe(
      "#/components/schemas/A/anyOf/0/properties/b",
    );
    const oracle = createOracle(source);
    expect(oracle.validate("/components/schemas/A", null).valid).toBe(true);
    expect(oracle.validate("/components/schemas/UsesInside", "ab").valid).toBe(true);
    expect(oracle.validate("/components/schemas/UsesInside", "abc").valid).toBe(false);
    expect(oracle.validate("/components/schemas/A/properties/b", "abc").valid).toBe(false);
  });

  it("writes refs Ajv can resolve for awkward names", () => {
    expect(refForPointer("/components/schemas/a~1b c%")).toBe("#/components/schemas/a~1b%20c%25");
    const source = doc({ "a/b c%": { type: "string" }, S: { $ref: "#/components/schemas/a~1b%20c%25" } });
    expect(createOracle(source).validate("/components/schemas/S", 1).valid).toBe(false);
    expect(createOracle(source).validate("/components/schemas/a~1b c%", "x").valid).toBe(true);
  });
});

describe("validation semantics", () => {
  it("nullable accepts null beside type, enum, $ref, allOf and oneOf, in 3.0 and 3.1 documents", () => {
    for (const openapi of ["3.0.3", "3.1.0"]) {
      expect(accepts({ type: "string", nullable: true }, null, openapi)).toBe(true);
      expect(accepts({ type: "string", enum: ["a"], nullable: true }, null, openapi)).toBe(true);
      expect(accepts({ enum: ["a"], nullable: true }, null, openapi)).toBe(true);
      expect(accepts({ allOf: [{ type: "object" }], nullable: true }, null, openapi)).toBe(true);
      expect(accepts({ oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, null, openapi)).toBe(true);
      expect(accepts({ type: "string", nullable: true }, 1, openapi)).toBe(false);
      expect(accepts({ type: "string", enum: ["a"], nullable: true }, "b", openapi)).toBe(false);
    }
    const schemas = { T: { type: "object", required: ["x"] }, S: { $ref: "#/components/schemas/T", nullable: true } };
    const oracle = createOracle(doc(schemas));
    expect(oracle.validate("/components/schemas/S", null).valid).toBe(true);
    expect(oracle.validate("/components/schemas/S", {}).valid).toBe(false);
    expect(oracle.validate("/components/schemas/T", null).valid).toBe(false);
  });

  it("a oneOf with a null-accepting branch still accepts null once nullable", () => {
    expect(accepts({ oneOf: [{ type: "string", nullable: true }, { type: "integer" }], nullable: true }, null)).toBe(
      true,
    );
  });

  it("applies exclusive bounds in both spellings", () => {
    expect(accepts({ type: "number", minimum: 0, exclusiveMinimum: true }, 0)).toBe(false);
    expect(accepts({ type: "number", minimum: 0, exclusiveMinimum: true }, 0.001)).toBe(true);
    expect(accepts({ type: "number", maximum: 2, exclusiveMaximum: false }, 2)).toBe(true);
    expect(accepts({ type: "number", exclusiveMaximum: 2 }, 2, "3.1.0")).toBe(false);
    expect(accepts({ type: "number", exclusiveMaximum: 2 }, 1.9, "3.1.0")).toBe(true);
  });

  it("applies $ref siblings in 3.0 documents too", () => {
    const schemas = { T: { type: "string" }, S: { $ref: "#/components/schemas/T", maxLength: 2 } };
    const oracle = createOracle(doc(schemas, "3.0.0"));
    expect(oracle.validate("/components/schemas/S", "ab").valid).toBe(true);
    expect(oracle.validate("/components/schemas/S", "abc").valid).toBe(false);
    expect(oracle.validate("/components/schemas/S", 1).valid).toBe(false);
  });

  it("ignores discriminator: oneOf alone decides", () => {
    const schemas = {
      Cat: {
        type: "object",
        required: ["kind", "meow"],
        properties: { kind: { type: "string" }, meow: { type: "boolean" } },
      },
      Dog: {
        type: "object",
        required: ["kind", "bark"],
        properties: { kind: { type: "string" }, bark: { type: "boolean" } },
      },
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: {
          propertyName: "kind",
          mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
        },
      },
    };
    const oracle = createOracle(doc(schemas));
    // The mapping would say Cat; oneOf finds Dog, and that is what counts.
    expect(oracle.validate("/components/schemas/Pet", { kind: "cat", bark: true }).valid).toBe(true);
    expect(oracle.validate("/components/schemas/Pet", { kind: "dog" }).valid).toBe(false);
  });

  it("never asserts format and ignores example, default and x- keys", () => {
    expect(accepts({ type: "string", format: "email", example: 5, default: 7, "x-max": 1 }, "not an email")).toBe(true);
    expect(accepts({ type: "string", format: "unixtime" }, "x")).toBe(true);
  });

  it("counts code points for lengths and reads patterns with the u flag", () => {
    expect(accepts({ type: "string", maxLength: 1 }, "😀")).toBe(true);
    expect(accepts({ type: "string", minLength: 2 }, "😀")).toBe(false);
    expect(accepts({ type: "string", pattern: "^\\p{Lu}+$" }, "ÉCOLE")).toBe(true);
    expect(accepts({ type: "string", pattern: "^\\p{Lu}+$" }, "école")).toBe(false);
    expect(accepts({ type: "string", pattern: "^.$" }, "😀")).toBe(true);
  });

  it("handles integers and bounds beyond 2^53", () => {
    const seed = { type: "integer", minimum: -9223372036854776000, maximum: 9223372036854776000 };
    expect(accepts(seed, 9007199254740993)).toBe(true);
    expect(accepts(seed, 9223372036854775807)).toBe(true);
    expect(accepts(seed, 1e19)).toBe(false);
    expect(accepts({ type: "integer" }, 1e300)).toBe(true);
    expect(accepts({ type: "integer" }, 1.5)).toBe(false);
    expect(accepts({ type: "integer" }, "1")).toBe(false);
  });

  it("compiles recursive and mutually recursive schemas", () => {
    const schemas = {
      Tree: {
        type: "object",
        required: ["value"],
        properties: {
          value: { type: "integer" },
          children: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
        },
      },
      A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } }, nullable: true },
      B: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } }, additionalProperties: false },
    };
    const oracle = createOracle(doc(schemas));
    expect(
      oracle.validate("/components/schemas/Tree", { value: 1, children: [{ value: 2, children: [{ value: 3 }] }] })
        .valid,
    ).toBe(true);
    const deep = oracle.validate("/components/schemas/Tree", {
      value: 1,
      children: [{ value: 2, children: [{ value: "3" }] }],
    });
    expect(deep.errors.map((error) => error.path)).toEqual(["/children/0/children/0/value"]);
    expect(oracle.validate("/components/schemas/A", { b: { a: { b: { a: null } } } }).valid).toBe(true);
    expect(oracle.validate("/components/schemas/A", { b: { a: { b: { c: 1 } } } }).valid).toBe(false);
  });

  it("never transforms the value", () => {
    const schema = { type: "object", properties: { a: { type: "integer", default: 3 } }, additionalProperties: false };
    const value = { b: "1" };
    const frozen = structuredClone(value);
    expect(accepts(schema, value)).toBe(false);
    expect(value).toEqual(frozen);
    const ok = {};
    expect(accepts(schema, ok)).toBe(true);
    expect(ok).toEqual({});
  });

  it("points errors at the member concerned", () => {
    const schema = {
      type: "object",
      required: ["model", "messages"],
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        messages: { type: "array" },
        temperature: { type: "number", maximum: 2 },
        "a/b": { enum: ["x"] },
      },
    };
    const oracle = createOracle(doc({ S: schema }));
    const result = oracle.validate("/components/schemas/S", { model: "m", temperature: 3, top_k: 1, "a/b": "y" });
    const byPath = Object.fromEntries(result.errors.map((error) => [error.path, error]));
    expect(byPath["/messages"]).toMatchObject({ keyword: "required", message: "is required" });
    expect(byPath["/top_k"]).toMatchObject({ keyword: "additionalProperties" });
    expect(byPath["/temperature"]).toMatchObject({ keyword: "maximum", message: "must be <= 2" });
    expect(byPath["/a~1b"]).toMatchObject({ keyword: "enum", message: 'must be one of "x"' });
  });

  it("picks the most specific error to show", () => {
    const schemas = {
      User: {
        type: "object",
        required: ["role", "content"],
        properties: { role: { enum: ["user"] }, content: { type: "string" } },
      },
      System: {
        type: "object",
        required: ["role", "content"],
        properties: { role: { enum: ["system"] }, content: { type: "string" } },
      },
      Body: {
        type: "object",
        properties: {
          messages: {
            type: "array",
            items: { oneOf: [{ $ref: "#/components/schemas/User" }, { $ref: "#/components/schemas/System" }] },
          },
        },
      },
    };
    const oracle = createOracle(doc(schemas));
    const result = oracle.validate("/components/schemas/Body", { messages: [{ role: "user", content: 5 }] });
    const shown = primaryError(result.errors)!;
    expect(shown.path).toBe("/messages/0/content");
    expect(describeError(shown)).toBe("/messages/0/content: must be of type string");
    const one = createOracle(doc(schemas), { allErrors: false }).validate("/components/schemas/Body", {
      messages: [{ role: "user", content: 5 }],
    });
    expect(one.valid).toBe(false);
  });

  it("says which pointer cannot be compiled", () => {
    const oracle = createOracle(doc({ S: { $ref: "#/components/schemas/Missing" } }));
    expect(() => oracle.validator("/components/schemas/S")).toThrow(/\/components\/schemas\/S/);
  });
});
