import { locateChatContract, withStandardChunk } from "../../../src/openapi/document.js";
import { appendPointer, getAtPointer, localRefPointer } from "../../../src/shared/json-pointer.js";
import { isObject, type JsonObject } from "./schema-walk.js";

/*
 * Finding a property inside a real document and editing it in place, for the
 * mutation table. A site names both where the property's keywords live in the
 * raw document (through $refs and wrappers) and the pointer drift reports.
 */

export type Where = "request" | "response" | "chunk";

export interface Site {
  /** Raw pointer of the schema object holding the property's own keywords. */
  raw: string;
  /** Raw pointer of the object whose `properties` holds it. */
  parentRaw: string;
  name: string;
  /** Drift's (normalised) pointer of the property. */
  pointer: string;
}

const VALIDATION = [
  "type",
  "enum",
  "const",
  "properties",
  "items",
  "required",
  "minimum",
  "maximum",
  "pattern",
  "not",
  "additionalProperties",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
];

function isNullBranch(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.type === "null" || (Array.isArray(value.enum) && value.enum.length === 1 && value.enum[0] === null))
  );
}

/** Follow `$ref`s and single-branch wrappers (allOf [X], anyOf [X, null]) to where a schema's keywords live. */
function unwrap(doc: unknown, ptr: string): string {
  let here = ptr;
  for (let guard = 0; guard < 50; guard += 1) {
    const node = getAtPointer(doc, here);
    if (!isObject(node)) return here;
    if (typeof node.$ref === "string") {
      here = localRefPointer(node.$ref)!;
      continue;
    }
    const wrapper = (["allOf", "anyOf", "oneOf"] as const).find((key) => Array.isArray(node[key]));
    if (wrapper !== undefined && !VALIDATION.some((key) => key in node)) {
      const branches = (node[wrapper] as unknown[])
        .map((branch, index) => ({ branch, index }))
        .filter(({ branch }) => wrapper === "allOf" || !isNullBranch(branch));
      if (branches.length === 1) {
        here = appendPointer(here, wrapper, branches[0]!.index);
        continue;
      }
    }
    return here;
  }
  throw new Error(`$ref loop at ${ptr}`);
}

/** The raw objects whose `properties` make up the (merged) object at `ptr`: itself and its allOf parts. */
function objectParts(doc: unknown, ptr: string): string[] {
  const here = unwrap(doc, ptr);
  const node = getAtPointer(doc, here);
  if (!isObject(node)) return [];
  const parts = [here];
  if (Array.isArray(node.allOf))
    node.allOf.forEach((_, index) => parts.push(...objectParts(doc, appendPointer(here, "allOf", index))));
  return parts;
}

function contractPointer(doc: unknown, where: Where): string {
  const contract = locateChatContract(doc);
  const location = contract[where];
  if (location === undefined) throw new Error(`document has no ${where} schema`);
  return location.pointer;
}

/** Visit properties depth-first (names sorted, then into `items` of arrays), up to `depth` levels. */
export function* properties(doc: unknown, where: Where, depth = 3): Generator<Site> {
  const full = withStandardChunk(doc);
  function* visit(ptr: string, normal: string, level: number): Generator<Site> {
    if (level > depth) return;
    const found: Array<{ parentRaw: string; name: string }> = [];
    for (const part of objectParts(full, ptr)) {
      const props = getAtPointer(full, part) as JsonObject;
      if (isObject(props.properties))
        for (const name of Object.keys(props.properties)) found.push({ parentRaw: part, name });
    }
    found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { parentRaw, name } of found) {
      const raw = unwrap(full, appendPointer(parentRaw, "properties", name));
      const pointer = appendPointer(normal, "properties", name);
      yield { raw, parentRaw, name, pointer };
      const node = getAtPointer(full, raw);
      if (isObject(node) && isObject(node.items))
        yield* visit(appendPointer(raw, "items"), appendPointer(pointer, "items"), level + 1);
      yield* visit(raw, pointer, level + 1);
    }
  }
  yield* visit(contractPointer(full, where), "", 1);
}

/** The first property (depth-first) whose raw schema satisfies `test`. */
export function findSite(
  doc: unknown,
  where: Where,
  test: (schema: JsonObject, site: Site) => boolean,
  what: string,
): Site {
  const full = withStandardChunk(doc);
  for (const site of properties(doc, where)) {
    const schema = getAtPointer(full, site.raw);
    if (isObject(schema) && test(schema, site)) return site;
  }
  throw new Error(`no ${where} property in this document is ${what}`);
}

/** The property at a path of names (`["usage", "total_tokens"]`). */
export function siteAt(doc: unknown, where: Where, ...names: string[]): Site {
  const wanted = names.map((name) => `/properties/${name}`).join("");
  for (const site of properties(doc, where, names.length)) if (site.pointer === wanted) return site;
  throw new Error(`no ${where} property ${names.join(".")}`);
}

/** A schema object being edited in place: loosely typed on purpose, tests write whatever JSON they need. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Editable = Record<string, any>;

/** The raw schema object at `ptr` inside `doc` (which the caller has cloned), for editing in place. */
export function at(doc: unknown, ptr: string): Editable {
  const node = getAtPointer(doc, ptr);
  if (!isObject(node)) throw new Error(`nothing to edit at ${ptr}`);
  return node;
}
