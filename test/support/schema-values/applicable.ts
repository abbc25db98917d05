import { escapeSegment, getAtPointer, localRefPointer } from "../../../src/shared/json-pointer.js";
import { canonical, hasJsonType } from "./json-values.js";
import { isRecord, type Schema } from "./view.js";

/*
 * Which schema objects of a document apply to which parts of a value: the
 * walk a validator makes, reported rather than judged. Two uses: naming the
 * schema node under which a value meets a known limitation of the oracle
 * (every subschema it may evaluate counts), and tallying which boundary
 * keywords a value exercised (only the union branches its shape selects).
 */

export interface Application {
  /** Pointer of the schema object in the document. */
  pointer: string;
  schema: Schema;
  /** Pointer of the value's part the schema applies to; for a property name, the object holding it. */
  location: string;
  value: unknown;
  /** True when `value` is a property name judged by `propertyNames`. */
  name: boolean;
}

export interface WalkOptions {
  /**
   * Whether `value` fits the schema at `pointer` (see shapeFits). Given, the
   * walk enters only the anyOf/oneOf branches the value fits (all of them
   * when it fits none), only `then` or `else` as `if` decides, and neither
   * `not`, `if` nor `contains`, whose keywords only invert or steer a verdict.
   * Without it, the walk enters every subschema a validator may evaluate.
   */
  validAt?: (pointer: string, value: unknown) => boolean;
  /** Enter only the parts of the value on the way to (and below) this location. */
  along?: string;
  /** Enter only the schema objects for which this says yes (all by default). */
  enter?: (pointer: string) => boolean;
}

const lookups = new WeakMap<object, Map<string, unknown>>();

/** getAtPointer, remembered per document: a walk looks up the same few hundred pointers again and again. */
function schemaAt(document: unknown, pointer: string): unknown {
  if (document === null || typeof document !== "object") return getAtPointer(document, pointer);
  let cache = lookups.get(document);
  if (cache === undefined) {
    cache = new Map();
    lookups.set(document, cache);
  }
  if (!cache.has(pointer)) cache.set(pointer, getAtPointer(document, pointer));
  return cache.get(pointer);
}

function onTheWay(location: string, along: string | undefined): boolean {
  if (along === undefined) return true;
  return along === location || along.startsWith(`${location}/`) || location.startsWith(`${along}/`);
}

function patternTest(source: string, text: string): boolean {
  try {
    return new RegExp(source, "u").test(text);
  } catch {
    return false;
  }
}

/**
 * The branches of an anyOf/oneOf that decided the verdict: those the value
 * satisfies, or all when it satisfies none. Only the ones `enter` accepts
 * are asked about, and the others only while that could change the answer.
 */
function deciding(
  branches: string[],
  value: unknown,
  validAt: (pointer: string, value: unknown) => boolean,
  enter: ((pointer: string) => boolean) | undefined,
): string[] {
  const wanted = enter === undefined ? branches : branches.filter(enter);
  if (wanted.length === 0) return [];
  const passing = wanted.filter((branch) => validAt(branch, value));
  if (passing.length > 0) return passing;
  return branches.some((branch) => !wanted.includes(branch) && validAt(branch, value)) ? [] : wanted;
}

/** Call `visit` for every schema object applied to every part of `value`, starting at the schema at `pointer`. */
export function forEachApplication(
  document: unknown,
  pointer: string,
  value: unknown,
  visit: (application: Application) => void,
  options: WalkOptions = {},
): void {
  const { validAt, along, enter } = options;

  /** `chain`: the schema objects entered in place at this location, so that a `$ref` loop stops. */
  const walk = (at: string, location: string, here: unknown, name: boolean, chain: string[]): void => {
    if (chain.includes(at) || !onTheWay(location, along) || (enter !== undefined && !enter(at))) return;
    const schema = schemaAt(document, at);
    if (!isRecord(schema)) return;
    visit({ pointer: at, schema, location, value: here, name });
    const inPlace = [...chain, at];
    const applyHere = (sub: string) => walk(sub, location, here, name, inPlace);

    if (typeof schema.$ref === "string") {
      const target = localRefPointer(schema.$ref);
      if (target !== undefined) applyHere(target);
    }
    if (Array.isArray(schema.allOf)) for (let i = 0; i < schema.allOf.length; i++) applyHere(`${at}/allOf/${i}`);
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches)) continue;
      const all = branches.map((_, i) => `${at}/${keyword}/${i}`);
      for (const branch of validAt === undefined ? all : deciding(all, here, validAt, enter)) applyHere(branch);
    }
    if (validAt === undefined) {
      for (const keyword of ["not", "if", "then", "else"]) if (keyword in schema) applyHere(`${at}/${keyword}`);
    } else if ("if" in schema && ("then" in schema || "else" in schema)) {
      const branch = validAt(`${at}/if`, here) ? "then" : "else";
      if (branch in schema) applyHere(`${at}/${branch}`);
    }
    if (!name && Array.isArray(here)) walkItems(at, schema, location, here);
    else if (!name && isRecord(here)) walkMembers(at, schema, location, here, inPlace);
  };

  const walkItems = (at: string, schema: Schema, location: string, items: unknown[]): void => {
    const tupleKeyword = Array.isArray(schema.prefixItems) ? "prefixItems" : Array.isArray(schema.items) ? "items" : "";
    const tuple = tupleKeyword === "" ? [] : (schema[tupleKeyword] as unknown[]);
    const rest = Array.isArray(schema.items) ? "additionalItems" : "items";
    const below = [
      ...(rest in schema ? [`${at}/${rest}`] : []),
      ...("unevaluatedItems" in schema ? [`${at}/unevaluatedItems`] : []),
      ...(validAt === undefined && "contains" in schema ? [`${at}/contains`] : []),
    ].filter((sub) => enter === undefined || enter(sub));
    if (tuple.length === 0 && below.length === 0) return;
    items.forEach((item, i) => {
      const itemAt = `${location}/${i}`;
      if (i < tuple.length) walk(`${at}/${tupleKeyword}/${i}`, itemAt, item, false, []);
      for (const sub of i < tuple.length ? below.filter((p) => !p.endsWith(`/${rest}`)) : below)
        walk(sub, itemAt, item, false, []);
    });
  };

  const walkMembers = (
    at: string,
    schema: Schema,
    location: string,
    object: Record<string, unknown>,
    inPlace: string[],
  ): void => {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const patterns = isRecord(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
    const dependents = ["dependentSchemas", "dependencies"].filter((keyword) => isRecord(schema[keyword]));
    for (const property of Object.keys(object)) {
      const propertyAt = `${location}/${escapeSegment(property)}`;
      const member = object[property];
      let matched = false;
      if (Object.hasOwn(properties, property)) {
        walk(`${at}/properties/${escapeSegment(property)}`, propertyAt, member, false, []);
        matched = true;
      }
      for (const source of patterns) {
        if (!patternTest(source, property)) continue;
        walk(`${at}/patternProperties/${escapeSegment(source)}`, propertyAt, member, false, []);
        matched = true;
      }
      if (!matched && "additionalProperties" in schema)
        walk(`${at}/additionalProperties`, propertyAt, member, false, []);
      // Whether another subschema evaluated it is not tracked: a superset, which is what the callers need.
      if (!matched && "unevaluatedProperties" in schema)
        walk(`${at}/unevaluatedProperties`, propertyAt, member, false, []);
      if ("propertyNames" in schema) walk(`${at}/propertyNames`, location, property, true, []);
      for (const keyword of dependents) {
        if (isRecord((schema[keyword] as Schema)[property]))
          walk(`${at}/${keyword}/${escapeSegment(property)}`, location, object, false, inPlace);
      }
    }
  };

  walk(pointer, "", value, false, []);
}

/**
 * Whether a value has the shape a schema asks for: its type, const and enum
 * (through `$ref` and composition), and for an object its required members
 * and the type, const and enum of the members it has. That tells apart the
 * branches of the unions documents hold (a message by its role, a content
 * part by its type, a string from an array) without a validator.
 */
export function shapeFits(document: unknown, schema: unknown, value: unknown, members = true, depth = 0): boolean {
  if (schema === false) return false;
  if (!isRecord(schema) || depth > 12) return true;
  const fits = (sub: unknown) => shapeFits(document, sub, value, members, depth + 1);
  if (typeof schema.$ref === "string") {
    const target = localRefPointer(schema.$ref);
    if (target !== undefined && !fits(schemaAt(document, target))) return false;
  }
  if (Array.isArray(schema.allOf) && !schema.allOf.every(fits)) return false;
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && !(value === null && schema.nullable === true) && !branches.some(fits)) return false;
  }
  const nullAllowed = value === null && schema.nullable === true;
  if ("const" in schema && canonical(schema.const) !== canonical(value)) return false;
  if (Array.isArray(schema.enum) && !nullAllowed && !schema.enum.some((item) => canonical(item) === canonical(value)))
    return false;
  const types = typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
  if (types !== undefined && !nullAllowed && !types.some((type) => hasJsonType(value, String(type)))) return false;
  if (!members || !isRecord(value)) return true;
  if (Array.isArray(schema.required) && !schema.required.every((name) => Object.hasOwn(value, String(name))))
    return false;
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return Object.keys(properties).every(
    (name) => !Object.hasOwn(value, name) || shapeFits(document, properties[name], value[name], false, depth + 1),
  );
}

/**
 * The subschemas `forEachApplication` with `validAt` may enter from a schema
 * object (`at` is its pointer): `$ref` (its target), composition, `then`/`else`
 * and every subschema for items, properties and names; not `not`, `if` or
 * `contains`.
 */
export function subschemas(document: unknown, schema: Schema, at: string): Array<{ pointer: string; schema: unknown }> {
  const out: Array<{ pointer: string; schema: unknown }> = [];
  if (typeof schema.$ref === "string") {
    const target = localRefPointer(schema.$ref);
    if (target !== undefined) out.push({ pointer: target, schema: schemaAt(document, target) });
  }
  for (const keyword of ["allOf", "anyOf", "oneOf", "prefixItems", "items"]) {
    const list = schema[keyword];
    if (Array.isArray(list))
      list.forEach((member, i) => out.push({ pointer: `${at}/${keyword}/${i}`, schema: member }));
  }
  for (const keyword of [
    "then",
    "else",
    "items",
    "additionalItems",
    "unevaluatedItems",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
  ]) {
    const member = schema[keyword];
    if (isRecord(member)) out.push({ pointer: `${at}/${keyword}`, schema: member });
  }
  for (const keyword of ["properties", "patternProperties", "dependentSchemas", "dependencies"]) {
    const members = schema[keyword];
    if (!isRecord(members)) continue;
    for (const [name, member] of Object.entries(members))
      if (isRecord(member)) out.push({ pointer: `${at}/${keyword}/${escapeSegment(name)}`, schema: member });
  }
  return out;
}

/** The schema objects reachable from the ones at `roots` (see subschemas), and the edges between them. */
export function schemaGraph(
  document: unknown,
  roots: readonly string[],
): { schemas: Map<string, Schema>; children: Map<string, string[]> } {
  const schemas = new Map<string, Schema>();
  const children = new Map<string, string[]>();
  const pending = [...roots];
  while (pending.length > 0) {
    const at = pending.pop()!;
    if (schemas.has(at)) continue;
    const schema = schemaAt(document, at);
    if (!isRecord(schema)) continue;
    schemas.set(at, schema);
    const below = subschemas(document, schema, at).map((sub) => sub.pointer);
    children.set(at, below);
    pending.push(...below);
  }
  return { schemas, children };
}
