import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument, MAX_NESTING } from "../../src/openapi/check.js";
import { corpusDocuments, corpusTitle } from "../support/corpus.js";
import { chatDocument } from "../support/documents.js";

/*
 * The shape checks every stage relies on: nesting within MAX_NESTING (also
 * through references), `$ref` loops, and data that is never read as schema.
 */

const REQUEST = "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema";

function nested(levels: number): unknown {
  let schema: unknown = { type: "string" };
  for (let i = 0; i < levels; i += 1) schema = { type: "object", properties: { a: schema } };
  return schema;
}

/** Components C0 -> C1 -> ... each referring to the next through a property. */
function chain(length: number): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  for (let i = 0; i < length; i += 1)
    components[`C${i}`] =
      i === length - 1
        ? { type: "string" }
        : { type: "object", properties: { next: { $ref: `#/components/schemas/C${i + 1}` } } };
  return components;
}

describe("nesting", () => {
  it("accepts the deepest real documents with room to spare, and refuses one level past the limit", () => {
    // The request schema sits 8 containers down; each level adds `properties` and its member.
    const fits = Math.floor((MAX_NESTING - 8) / 2);
    expect(checkDocument(chatDocument(nested(fits)), "m")).toEqual([]);
    const problems = checkDocument(chatDocument(nested(fits + 1)), "m");
    expect(problems).toEqual([
      {
        model: "m",
        pointer: `${REQUEST}${"/properties/a".repeat(fits)}/properties`,
        message: expect.stringMatching(new RegExp(`nests more than ${MAX_NESTING} levels`)),
      },
    ]);
  });

  it("counts what a $ref points to: a long chain of references is refused where it passes the limit", () => {
    expect(checkDocument(chatDocument({ $ref: "#/components/schemas/C0" }, { components: chain(15) }), "m")).toEqual(
      [],
    );
    const problems = checkDocument(chatDocument({ $ref: "#/components/schemas/C0" }, { components: chain(200) }), "m");
    expect(problems).toEqual([
      {
        model: "m",
        pointer: expect.stringMatching(/^\/components\/schemas\/C\d+(\/properties(\/next)?)?$/),
        message: expect.stringMatching(new RegExp(`through \\$ref reaches more than ${MAX_NESTING} levels`)),
      },
    ]);
  });

  it("recursion through properties is legal", () => {
    const components = {
      Node: {
        type: "object",
        properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
      },
    };
    expect(checkDocument(chatDocument({ $ref: "#/components/schemas/Node" }, { components }), "m")).toEqual([]);
  });

  it("a data value nested deeper than the limit is refused too (every stage also walks data)", () => {
    expect(checkDocument(chatDocument({ type: "object", default: nested(MAX_NESTING) }), "m")[0]?.message).toMatch(
      /nests more than/,
    );
  });
});

describe("$ref loops", () => {
  it("a loop is reported once, at its first $ref, with its members", () => {
    const components = {
      A: { $ref: "#/components/schemas/B" },
      B: { $ref: "#/components/schemas/C", description: "siblings do not break a loop" },
      C: { $ref: "#/components/schemas/A" },
      D: { $ref: "#/components/schemas/A" },
    };
    expect(checkDocument(chatDocument({ $ref: "#/components/schemas/D" }, { components }), "m")).toEqual([
      {
        model: "m",
        pointer: "/components/schemas/A/$ref",
        message:
          '$ref "#/components/schemas/B" starts a chain of references that never reaches a schema (#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/C -> back)',
      },
    ]);
  });

  it("a $ref to itself", () => {
    const components = { A: { $ref: "#/components/schemas/A" } };
    expect(checkDocument(chatDocument({ type: "object" }, { components }), "m")).toEqual([
      expect.objectContaining({ pointer: "/components/schemas/A/$ref" }),
    ]);
  });
});

describe("data is never schema", () => {
  it("a $ref inside enum, const, default, example(s) is data, not a reference", () => {
    const data = { $ref: "#/nowhere" };
    const request = {
      type: "object",
      enum: [data],
      const: data,
      default: data,
      examples: [data],
      example: data,
      properties: { x: { type: "object", default: { nested: [data] } } },
    };
    const document = chatDocument(request);
    const media = (document.paths as Record<string, { post: { requestBody: { content: Record<string, unknown> } } }>)[
      "/v1/chat/completions"
    ]!.post.requestBody.content["application/json"] as Record<string, unknown>;
    media.example = data;
    media.examples = { one: { value: data } };
    expect(checkDocument(document, "m")).toEqual([]);
  });

  it("a property named like a data keyword is still a schema whose $ref is checked", () => {
    const request = {
      type: "object",
      properties: { enum: { $ref: "#/nowhere" }, default: { $ref: "#/also/nowhere" } },
    };
    expect(checkDocument(chatDocument(request), "m").map((problem) => problem.pointer)).toEqual([
      `${REQUEST}/properties/default/$ref`,
      `${REQUEST}/properties/enum/$ref`,
    ]);
  });

  it("a reference in a response's `default` or in an examples map is followed", () => {
    const document = chatDocument({ type: "object" }) as { paths: Record<string, { post: Record<string, unknown> }> };
    const post = document.paths["/v1/chat/completions"]!.post;
    (post.responses as Record<string, unknown>).default = { $ref: "#/components/responses/Missing" };
    expect(checkDocument(document, "m")).toEqual([
      expect.objectContaining({
        pointer: "/paths/~1v1~1chat~1completions/post/responses/default/$ref",
        message: expect.stringMatching(/does not resolve/),
      }),
    ]);
  });
});

describe("real documents", () => {
  it("every model of the bundled catalog passes", () => {
    const root = path.resolve(import.meta.dirname, "../../snapshot");
    const manifest = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8")) as {
      models: Record<string, { dir: string }>;
    };
    for (const [id, entry] of Object.entries(manifest.models)) {
      const document = JSON.parse(readFileSync(path.join(root, entry.dir, "openapi.json"), "utf8"));
      expect(checkDocument(document, id), id).toEqual([]);
    }
  });

  it(corpusTitle("every document of the shared corpus passes"), () => {
    for (const { name, document } of corpusDocuments()) expect(checkDocument(document, name), name).toEqual([]);
  });
});
