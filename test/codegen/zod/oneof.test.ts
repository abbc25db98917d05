import { afterAll, describe, expect, it } from "vitest";
import { emitSchemasModule } from "../../../src/codegen/zod/index.js";
import { cleanTmp, loadModule } from "./support.js";

/*
 * oneOf keeps its "exactly one" meaning. It is printed as a plain union (or a
 * dispatch on a discriminating property) only when no value can pass two
 * branches; otherwise as z.xor, which runs every branch.
 */

afterAll(cleanTmp);

const object = (tag: unknown, extra: Record<string, unknown> = {}) => ({
  type: "object",
  properties: { t: tag, ...extra },
  required: ["t"],
});

/** The module with every wrapped expression put back on one line, so a pattern does not depend on the layout. */
function unwrapped(source: string): string {
  return source
    .replace(/\n\s*/g, " ")
    .replace(/([[(]) /g, "$1")
    .replace(/,? ([\])])/g, "$1");
}

function emitOneOf(oneOf: unknown[], components: Record<string, unknown> = {}) {
  const result = emitSchemasModule({
    model: "m",
    document: { openapi: "3.1.0", components: { schemas: { S: { oneOf }, ...components } } },
    roots: [{ exportName: "schema", pointer: "/components/schemas/S" }],
  });
  expect(result.problems).toEqual([]);
  return result.source;
}

describe("how oneOf is printed", () => {
  it.each([
    [
      "branches of different types",
      [{ type: "string" }, { type: "array" }, { type: "null" }],
      /z\.union\(\[z\.string\(\), z\.array\(z\.unknown\(\)\)\]\)\.nullable\(\)/,
    ],
    [
      "a required constant per branch",
      [object({ const: "a" }), object({ enum: ["b", "c"] })],
      /v\.discriminated\(\s*"t"/,
    ],
    ["disjoint enums", [{ enum: ["a", "b"] }, { enum: ["c"] }], /z\.union/],
    ["overlapping constants", [object({ enum: ["a", "b"] }), object({ enum: ["b"] })], /z\.xor/],
    [
      "a tag that one branch does not require",
      [object({ const: "a" }), { type: "object", properties: { t: { const: "b" } } }],
      /z\.xor/,
    ],
    [
      "a nullable tag in both branches",
      [object({ const: "a", nullable: true }), object({ const: "b", nullable: true })],
      /z\.xor/,
    ],
    [
      "objects told apart by a constant, beside another type",
      [{ ...object({ const: "a" }), type: ["object", "string"] }, object({ const: "b" })],
      /z\.union/,
    ],
    [
      "objects that share a constant, beside another type",
      [{ ...object({ const: "a" }), type: ["object", "string"] }, object({ const: "a" })],
      /z\.xor/,
    ],
    ["number and integer", [{ type: "number" }, { type: "integer" }], /z\.xor/],
    ["anything and a string", [{}, { type: "string" }], /z\.xor/],
  ])("%s", (_label, oneOf, expected) => {
    expect(unwrapped(emitOneOf(oneOf))).toMatch(expected);
  });

  it("sees through $ref and allOf to find the discriminating property", () => {
    const components = {
      Base: { type: "object", properties: { kind: { type: "string" } }, required: ["kind"] },
      Kind: { type: "string", enum: ["cat"] },
      Cat: {
        allOf: [{ $ref: "#/components/schemas/Base" }, { properties: { kind: { $ref: "#/components/schemas/Kind" } } }],
      },
      Dog: { allOf: [{ $ref: "#/components/schemas/Base" }, { properties: { kind: { const: "dog" } } }] },
    };
    expect(
      unwrapped(emitOneOf([{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], components)),
    ).toMatch(/v\.discriminated\("kind", \[\[\["cat"\], Cat\], \[\["dog"\], Dog\]\]\)/);
    // Without the requirement from Base, a Cat need not have "kind" at all: no proof.
    const loose = { ...components, Base: { type: "object", properties: { kind: { type: "string" } } } };
    expect(emitOneOf([{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], loose)).toMatch(
      /z\.xor/,
    );
  });

  it("stays exact on a cycle it cannot analyse", async () => {
    const components = {
      T: {
        oneOf: [
          { type: "string" },
          { type: "array", items: { $ref: "#/components/schemas/T" } },
          { $ref: "#/components/schemas/T" },
        ],
      },
    };
    const result = emitSchemasModule({
      model: "m",
      document: { openapi: "3.1.0", components: { schemas: components } },
      roots: [{ exportName: "schema", pointer: "/components/schemas/T" }],
    });
    expect(result.problems).toEqual([]);
    expect(result.source).toMatch(/z\.xor/);
  });
});

describe("what oneOf accepts", () => {
  it("a discriminated union accepts exactly one matching branch", async () => {
    const source = emitOneOf([
      object({ const: "a" }, { x: { type: "string" } }),
      object({ enum: ["b", 2] }, { x: { type: "integer" } }),
    ]);
    const { schema } = await loadModule(source, "oneof-discriminated");
    expect(schema!.safeParse({ t: "a", x: "s" }).success).toBe(true);
    expect(schema!.safeParse({ t: 2, x: 1 }).success).toBe(true);
    expect(schema!.safeParse({ t: "a", x: 1 }).success).toBe(false);
    expect(schema!.safeParse({ t: "2" }).success).toBe(false);
    expect(schema!.safeParse({ x: "s" }).success).toBe(false);
  });

  it("an exclusive union rejects a value that two branches accept", async () => {
    const source = emitOneOf([
      { type: "object", required: ["a"] },
      { type: "object", required: ["b"] },
    ]);
    const { schema } = await loadModule(source, "oneof-xor");
    expect(schema!.safeParse({ a: 1 }).success).toBe(true);
    expect(schema!.safeParse({ b: 1 }).success).toBe(true);
    expect(schema!.safeParse({ a: 1, b: 1 }).success).toBe(false);
    expect(schema!.safeParse({}).success).toBe(false);
  });
});
