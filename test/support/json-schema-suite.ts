import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { childPosition, type Position } from "../../src/openapi/document-graph.js";

/*
 * The official JSON Schema Test Suite (draft 2020-12), read from the folder
 * named by APIFREE_JSON_SCHEMA_SUITE_DIR (`.ci/run` sets it when
 * ../shared/json-schema-test-suite exists), and each of its groups turned
 * into a model whose request body is the group's schema.
 */

export const SUITE_DIR = process.env.APIFREE_JSON_SCHEMA_SUITE_DIR;

export const SUITE_SKIP_REASON =
  "APIFREE_JSON_SCHEMA_SUITE_DIR is not set: the JSON Schema Test Suite is not available, so the conformance run is skipped";

interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}

export interface SuiteGroup {
  /** `file.json: description`, how the group is named in reports. */
  name: string;
  /** The model the group becomes: a plain id, so its files keep a readable name. */
  model: string;
  schema: unknown;
  tests: SuiteTest[];
}

export function suiteGroups(): SuiteGroup[] {
  if (SUITE_DIR === undefined) return [];
  const groups: SuiteGroup[] = [];
  for (const file of readdirSync(SUITE_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const content = JSON.parse(readFileSync(path.join(SUITE_DIR, file), "utf8")) as Array<{
      description: string;
      schema: unknown;
      tests: SuiteTest[];
    }>;
    const stem = file.replace(/\.json$/, "").toLowerCase();
    content.forEach((group, index) => {
      groups.push({
        name: `${file}: ${group.description}`,
        model: `json-schema-suite/${stem}-${index}`,
        schema: group.schema,
        tests: group.tests,
      });
    });
  }
  return groups;
}

/** Where a group's schema is placed in its document. */
export const SCHEMA_POINTER = "/components/schemas/Group";

/**
 * The group's schema with every same-document `$ref` (`#`, `#/$defs/x`)
 * re-rooted at SCHEMA_POINTER, where it now lives. Only references in schema
 * positions are rewritten: `{"$ref": ...}` inside `enum` or `const` is data.
 * Other references (remote, anchors, relative to an `$id`) are left as
 * written, for the pipeline to judge.
 */
function reRooted(node: unknown, position: Position): unknown {
  if (node === null || typeof node !== "object" || position === "data") return node;
  if (Array.isArray(node)) return node.map((item) => reRooted(item, childPosition(position, 0, item ?? {}, false)));
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    let next = value;
    if (
      key === "$ref" &&
      position === "schema" &&
      typeof value === "string" &&
      (value === "#" || value.startsWith("#/"))
    )
      next = `#${SCHEMA_POINTER}${value.slice(1)}`;
    else if (value !== null && typeof value === "object")
      next = reRooted(value, childPosition(position, key, value, false));
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** An OpenAPI 3.1 document whose chat request body is the group's schema. */
export function groupDocument(group: SuiteGroup): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: group.name, version: "1" },
    paths: {
      "/v1/chat/completions": {
        post: {
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#${SCHEMA_POINTER}` } } },
          },
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
    },
    components: { schemas: { Group: reRooted(group.schema, "schema") } },
  };
}
