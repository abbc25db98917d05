import { type Expr, isPrimitive, JSON_TYPES, type JsonType, jsonTypeOfValue, type Primitive } from "./ir.js";

/*
 * Static facts about IR expressions, each an over-approximation (a superset
 * of what the expression can accept), so every decision taken from them is
 * sound: a oneOf becomes a plain union only when no value can pass two
 * branches. A reference still being compiled (a cycle) yields "anything".
 */

export interface Resolver {
  resolved(pointer: string): Expr | undefined;
}

const ALL: ReadonlySet<JsonType> = new Set(JSON_TYPES);

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((item) => b.has(item)));
}

function follow(expr: Expr, resolver: Resolver, seen: Set<string>): Expr | undefined {
  if (expr.kind !== "ref") return expr;
  if (seen.has(expr.pointer)) return undefined;
  seen.add(expr.pointer);
  const target = resolver.resolved(expr.pointer);
  return target === undefined ? undefined : follow(target, resolver, seen);
}

/** JSON types the expression may accept. */
export function typesOf(expr: Expr, resolver: Resolver, seen: Set<string> = new Set()): ReadonlySet<JsonType> {
  switch (expr.kind) {
    case "unknown":
    case "not":
    case "conditional":
      return ALL;
    case "never":
      return new Set();
    case "ref": {
      const target = follow(expr, resolver, seen);
      return target === undefined ? ALL : typesOf(target, resolver, seen);
    }
    case "null":
    case "boolean":
    case "string":
    case "number":
    case "array":
    case "object":
      return new Set([expr.kind]);
    case "types":
      return expr.othersPass ? ALL : new Set(expr.branches.keys());
    case "literal":
      return new Set(expr.values.map(jsonTypeOfValue));
    case "nullable":
      return new Set([...typesOf(expr.inner, resolver, seen), "null" as const]);
    case "union":
    case "xor":
      return new Set(expr.options.flatMap((option) => [...typesOf(option, resolver, new Set(seen))]));
    case "discriminated":
      return new Set(["object"]);
    case "allOf":
      return expr.parts.reduce<ReadonlySet<JsonType>>(
        (acc, part) => intersect(acc, typesOf(part, resolver, new Set(seen))),
        ALL,
      );
    case "unevaluatedProperties":
    case "unevaluatedItems":
      return typesOf(expr.base, resolver, seen);
  }
}

/** The finite set of primitive values the expression may accept, when there is one. */
function literalValuesOf(
  expr: Expr,
  resolver: Resolver,
  seen: Set<string> = new Set(),
): ReadonlySet<Primitive> | undefined {
  switch (expr.kind) {
    case "literal":
      return expr.values.every(isPrimitive) ? new Set(expr.values as Primitive[]) : undefined;
    case "null":
      return new Set([null]);
    case "never":
      return new Set();
    case "nullable": {
      const inner = literalValuesOf(expr.inner, resolver, seen);
      return inner === undefined ? undefined : new Set([...inner, null]);
    }
    case "ref": {
      const target = follow(expr, resolver, seen);
      return target === undefined ? undefined : literalValuesOf(target, resolver, seen);
    }
    case "allOf": {
      let result: ReadonlySet<Primitive> | undefined;
      for (const part of expr.parts) {
        const values = literalValuesOf(part, resolver, new Set(seen));
        if (values !== undefined) result = result === undefined ? values : intersect(result, values);
      }
      return result;
    }
    case "union":
    case "xor": {
      const all = new Set<Primitive>();
      for (const option of expr.options) {
        const values = literalValuesOf(option, resolver, new Set(seen));
        if (values === undefined) return undefined;
        for (const value of values) all.add(value);
      }
      return all;
    }
    default:
      return undefined;
  }
}

/** What holds for every object the expression accepts: properties it must have, and values some properties are limited to. */
interface ObjectFacts {
  required: ReadonlySet<string>;
  values: ReadonlyMap<string, ReadonlySet<Primitive>>;
}

const NO_FACTS: ObjectFacts = { required: new Set(), values: new Map() };

function objectFacts(expr: Expr, resolver: Resolver, seen: Set<string>): ObjectFacts {
  switch (expr.kind) {
    case "object": {
      const values = new Map<string, ReadonlySet<Primitive>>();
      for (const [name, schema] of expr.properties) {
        const allowed = literalValuesOf(schema, resolver, new Set(seen));
        if (allowed !== undefined) values.set(name, allowed);
      }
      return { required: new Set(expr.required), values };
    }
    case "types": {
      const branch = expr.branches.get("object");
      return branch === undefined || branch === true ? NO_FACTS : objectFacts(branch, resolver, seen);
    }
    case "ref": {
      const target = follow(expr, resolver, seen);
      return target === undefined ? NO_FACTS : objectFacts(target, resolver, seen);
    }
    case "nullable":
      return objectFacts(expr.inner, resolver, seen);
    case "unevaluatedProperties":
    case "unevaluatedItems":
      return objectFacts(expr.base, resolver, seen);
    case "allOf": {
      // Every part holds at once: requirements add up, value limits intersect.
      const required = new Set<string>();
      const values = new Map<string, ReadonlySet<Primitive>>();
      for (const part of expr.parts) {
        const facts = objectFacts(part, resolver, new Set(seen));
        for (const name of facts.required) required.add(name);
        for (const [name, allowed] of facts.values) {
          const known = values.get(name);
          values.set(name, known === undefined ? allowed : intersect(known, allowed));
        }
      }
      return { required, values };
    }
    case "discriminated":
      return {
        required: new Set([expr.property]),
        values: new Map([[expr.property, new Set(expr.options.flatMap(([values]) => values))]]),
      };
    case "union":
    case "xor": {
      // One of the options holds: only what they all say survives.
      const all = expr.options.map((option) => objectFacts(option, resolver, new Set(seen)));
      const [first, ...rest] = all;
      if (first === undefined) return NO_FACTS;
      const required = new Set([...first.required].filter((name) => rest.every((facts) => facts.required.has(name))));
      const values = new Map<string, ReadonlySet<Primitive>>();
      for (const [name, allowed] of first.values) {
        if (rest.every((facts) => facts.values.has(name)))
          values.set(name, new Set([...allowed, ...rest.flatMap((facts) => [...facts.values.get(name)!])]));
      }
      return { required, values };
    }
    default:
      return NO_FACTS;
  }
}

/**
 * For the objects the expression may accept: properties they must have, each
 * with the finite set of primitive values it may hold.
 */
function discriminantsOf(expr: Expr, resolver: Resolver): Map<string, ReadonlySet<Primitive>> {
  const facts = objectFacts(expr, resolver, new Set());
  return new Map([...facts.values].filter(([name]) => facts.required.has(name)));
}

function disjointSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const item of a) if (b.has(item)) return false;
  return true;
}

/** True when no value can be accepted by both expressions. */
export function provablyDisjoint(a: Expr, b: Expr, resolver: Resolver): boolean {
  const overlap = intersect(typesOf(a, resolver), typesOf(b, resolver));
  if (overlap.size === 0) return true;
  const valuesA = literalValuesOf(a, resolver);
  const valuesB = literalValuesOf(b, resolver);
  if (valuesA !== undefined && valuesB !== undefined && disjointSets(valuesA, valuesB)) return true;
  if (overlap.size === 1 && overlap.has("object")) {
    const left = discriminantsOf(a, resolver);
    const right = discriminantsOf(b, resolver);
    for (const [name, values] of left) {
      const other = right.get(name);
      if (other !== undefined && disjointSets(values, other)) return true;
    }
  }
  return false;
}

/**
 * A property that tells object-only branches apart: every branch requires it
 * with its own constants, and no constant belongs to two branches.
 */
export function commonDiscriminant(
  options: readonly Expr[],
  resolver: Resolver,
): { property: string; values: Primitive[][] } | undefined {
  if (options.length < 2) return undefined;
  for (const option of options) {
    const types = typesOf(option, resolver);
    if (types.size !== 1 || !types.has("object")) return undefined;
  }
  const maps = options.map((option) => discriminantsOf(option, resolver));
  const candidates = [...maps[0]!.keys()].sort();
  for (const property of candidates) {
    const sets = maps.map((map) => map.get(property));
    if (sets.some((set) => set === undefined || set.size === 0)) continue;
    const claimed = new Set<Primitive>();
    let clash = false;
    for (const set of sets) {
      for (const value of set!) {
        if (claimed.has(value)) clash = true;
        claimed.add(value);
      }
    }
    if (!clash) return { property, values: sets.map((set) => [...set!]) };
  }
  return undefined;
}
