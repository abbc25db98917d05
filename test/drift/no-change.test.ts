import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareModel } from "../../src/drift/compare-model.js";
import { compareSnapshots } from "../../src/drift/compare-snapshots.js";
import { ROOTS } from "../../src/drift/rules.js";
import type { Change, RootLocation } from "../../src/drift/types.js";
import { openApiVersion } from "../../src/openapi/document.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { CORPUS_DIR, corpusDocuments, corpusTitle } from "../support/corpus.js";
import { inlineRefs, moveToComponents, reorderKeys, to31 } from "./support/rewrite.js";
import { isObject, type Json, mapDocumentSchemas, mapSchema } from "./support/schema-walk.js";

/*
 * Refactors that change the text of a document but not what it accepts must
 * report nothing: a schema inlined or moved into components, keys reordered,
 * a 3.0 document migrated to 3.1. A reworded description is info only.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const committed = await readSnapshot(path.join(ROOT, "snapshot"));
const bundled = committed.models.map((model) => ({ name: model.id, document: model.document as Json }));
const corpus = corpusDocuments().map((entry) => ({ name: `corpus:${entry.name}`, document: entry.document as Json }));

const hasRefs = (doc: Json) => JSON.stringify(doc).includes('"$ref"');
const always = () => true;

const REFACTORS: Array<[string, (doc: Json) => Json, (doc: Json) => boolean]> = [
  ["keys reordered", reorderKeys, always],
  ["every $ref inlined", inlineRefs, hasRefs],
  ["inline property schemas moved into components", moveToComponents, always],
];

function rootOf(change: Change): RootLocation {
  if (!Object.hasOwn(ROOTS, change.location)) throw new Error(`${change.rule} is not about a root schema`);
  return change.location as RootLocation;
}

function rewordDescriptions(doc: Json): Json {
  return mapDocumentSchemas(doc, (schema) =>
    mapSchema(schema, (node) =>
      typeof node.description === "string" ? { ...node, description: `${node.description} (reworded)` } : node,
    ),
  );
}

function reported(name: string, before: Json, after: Json): string[] {
  // The refactor must really have rewritten the document, or the test proves nothing.
  expect(JSON.stringify(after), `${name} was not rewritten`).not.toBe(JSON.stringify(before));
  return compareModel(name, before, after).map((change) => `${change.location} ${change.rule} ${change.pointer}`);
}

describe("refactors of the bundled catalog's documents report nothing", () => {
  it.each(REFACTORS)("%s", (_title, refactor, applies) => {
    for (const { name, document } of bundled.filter(({ document }) => applies(document)))
      expect(reported(name, document, refactor(document)), name).toEqual([]);
  });

  it("3.0 documents migrated to 3.1 (nullable as a type array, exclusive bounds as numbers, example as examples)", () => {
    const old = bundled.filter(({ document }) => openApiVersion(document) === "3.0");
    expect(old.length).toBeGreaterThan(0);
    for (const { name, document } of old) {
      const migrated = to31(document, "type-array");
      expect(JSON.stringify(migrated)).not.toMatch(/"nullable":true|"exclusiveM(in|ax)imum":(true|false)|"example":/);
      expect(reported(name, document, migrated), name).toEqual([]);
      expect(reported(name, document, to31(document, "any-of")), `${name} (anyOf null branches)`).toEqual([]);
    }
  });

  it("the other way round too: a 3.1 document compared with its 3.0 original", () => {
    for (const { name, document } of bundled.filter(({ document }) => openApiVersion(document) === "3.0")) {
      expect(reported(name, to31(document), document), name).toEqual([]);
    }
  });

  it("reworded descriptions are info, and only info", () => {
    for (const { name, document } of bundled) {
      const changes = compareModel(name, document, rewordDescriptions(document));
      expect(changes.length, name).toBeGreaterThan(0);
      expect(
        new Set(
          changes.map((change) => `${change.severity} ${change.rule.slice(ROOTS[rootOf(change)].prefix.length + 1)}`),
        ),
        name,
      ).toEqual(new Set(["info property-description-changed"]));
    }
  });

  it("the same input always gives the same output, whatever the order of models", () => {
    const edited = committed.models.map((model, index) =>
      index % 3 === 0 ? { ...model, document: rewordDescriptions(model.document as Json) } : model,
    );
    const first = JSON.stringify(compareSnapshots(committed, { models: edited }));
    const second = JSON.stringify(
      compareSnapshots({ models: [...committed.models].reverse() }, { models: [...edited].reverse() }),
    );
    expect(second).toBe(first);
  });
});

describe.skipIf(CORPUS_DIR === undefined)(corpusTitle("refactors of the corpus documents report nothing"), () => {
  it.each(REFACTORS)("%s", (_title, refactor, applies) => {
    for (const { name, document } of corpus.filter(({ document }) => applies(document)))
      expect(reported(name, document, refactor(document)), name).toEqual([]);
  });

  it("3.0 corpus documents migrated to 3.1", () => {
    const old = corpus.filter(({ document }) => openApiVersion(document) === "3.0");
    expect(old.map(({ name }) => name)).toEqual(
      expect.arrayContaining(["corpus:groq", "corpus:azure-openai-2024-10-21", "corpus:huggingface-tgi"]),
    );
    for (const { name, document } of old) {
      expect(reported(name, document, to31(document, "type-array")), name).toEqual([]);
      expect(reported(name, document, to31(document, "any-of")), `${name} (anyOf null branches)`).toEqual([]);
    }
  });

  it("Azure's discriminator-mapping cycles terminate, inlined or not", () => {
    const azure = corpus.find(({ name }) => name === "corpus:azure-openai-2024-10-21");
    expect(azure).toBeDefined();
    const inlined = inlineRefs(azure!.document);
    expect(isObject(inlined)).toBe(true);
    expect(reported("azure", azure!.document, inlined)).toEqual([]);
  });
});
