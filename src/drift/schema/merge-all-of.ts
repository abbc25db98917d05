import { blankSchema, newId } from "./blank.js";
import type { CountKeyword } from "./keywords.js";
import type { Bound, Child, GenericValue, NormalSchema } from "./types.js";

/*
 * `allOf` as one schema. Splitting an object into allOf parts (a base
 * component plus the rest) or merging them back is a refactor, not a
 * contract change, so the parts are merged whenever that keeps the meaning:
 * types, values and bounds intersect, properties and `required` unite.
 * When it would not (the same property in two parts, a part closing
 * additionalProperties while another adds properties, two patterns...), the
 * allOf is kept and compared conjunct by conjunct.
 */

function intersectTypes(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const result = new Set<string>();
  for (const type of a) if (b.has(type) || (type === "integer" && b.has("number"))) result.add(type);
  for (const type of b) if (a.has(type) || (type === "integer" && a.has("number"))) result.add(type);
  if (result.has("number")) result.delete("integer");
  return result;
}

function tighterLower(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.exclusive ? a : b;
}

function tighterUpper(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return a.exclusive ? a : b;
}

/** The one part that sets `pick(part)`, undefined when none, or `conflict` when several do. */
function single<T>(
  parts: readonly NormalSchema[],
  pick: (part: NormalSchema) => T | undefined,
): T | undefined | typeof conflict {
  const set = parts.map(pick).filter((value) => value !== undefined);
  return set.length > 1 ? conflict : set[0];
}
const conflict = Symbol("conflict");

/** Does the part let null through? `nullable` is only set on an explicit null, so an untyped part counts too. */
function acceptsNull(part: NormalSchema): boolean {
  return (
    part.nullable ||
    (part.types === undefined &&
      part.values === undefined &&
      part.anyOf === undefined &&
      part.oneOf === undefined &&
      part.allOf === undefined)
  );
}

/** A property defined in two parts: both schemas apply. */
function conjunction(first: Child, second: Child): Child {
  let node: NormalSchema | undefined;
  return () => {
    if (node !== undefined) return node;
    const a = first();
    const b = second();
    node = mergeAllOf(a, [b], false) ?? { ...blankSchema(), allOf: [() => a, () => b] };
    return node;
  };
}

/**
 * Merge a schema's own keywords (`own`, without its allOf) with its allOf
 * conjuncts; undefined when the merge would change what is accepted.
 */
export function mergeAllOf(
  own: NormalSchema,
  conjuncts: readonly NormalSchema[],
  forcedNull: boolean,
): NormalSchema | undefined {
  const parts = [own, ...conjuncts];
  if (conjuncts.some((part) => part.generic.has("$cycle"))) return undefined;

  const pattern = single(parts, (part) => part.pattern);
  const multipleOf = single(parts, (part) => part.multipleOf);
  const items = single(parts, (part) => part.items);
  const not = single(parts, (part) => part.not);
  const anyOf = single(parts, (part) => part.anyOf);
  const oneOf = single(parts, (part) => part.oneOf);
  const additional = single(parts, (part) =>
    part.additionalProperties === undefined ? undefined : { value: part.additionalProperties },
  );
  if ([pattern, multipleOf, items, not, anyOf, oneOf, additional].includes(conflict)) return undefined;
  // additionalProperties only sees its own part's properties.
  if (
    additional !== undefined &&
    parts.filter((part) => part.properties.size > 0 && part.additionalProperties === undefined).length > 0
  )
    return undefined;

  const properties = new Map<string, Child>();
  const generic = new Map<string, GenericValue>();
  const annotations = new Map<string, string>();
  const required = new Set<string>();
  const counts: Partial<Record<CountKeyword, number>> = {};
  const allOf: Child[] = [];
  let types: ReadonlySet<string> | undefined;
  let values: Map<string, unknown> | undefined;
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  for (const part of parts) {
    for (const [name, child] of part.properties) {
      const previous = properties.get(name);
      properties.set(name, previous === undefined ? child : conjunction(previous, child));
    }
    for (const [key, value] of part.generic) {
      if (generic.has(key)) return undefined;
      generic.set(key, value);
    }
    for (const name of part.required) required.add(name);
    for (const [key, value] of Object.entries(part.counts) as Array<[CountKeyword, number]>) {
      const previous = counts[key];
      counts[key] =
        previous === undefined ? value : key.startsWith("min") ? Math.max(previous, value) : Math.min(previous, value);
    }
    if (part.types !== undefined) types = types === undefined ? part.types : intersectTypes(types, part.types);
    if (part.values !== undefined)
      values =
        values === undefined ? new Map(part.values) : new Map([...values].filter(([key]) => part.values!.has(key)));
    lower = tighterLower(lower, part.lower);
    upper = tighterUpper(upper, part.upper);
    if (part.allOf !== undefined) allOf.push(...part.allOf);
  }
  // The node's own annotations win; among the parts, the first one to say something.
  for (const part of [...conjuncts].reverse()) for (const [key, value] of part.annotations) annotations.set(key, value);
  for (const [key, value] of own.annotations) annotations.set(key, value);

  const id = newId();
  return {
    id,
    core: id,
    refName: undefined,
    types,
    nullable: forcedNull || (parts.some((part) => part.nullable) && parts.every(acceptsNull)),
    values,
    lower,
    upper,
    counts,
    multipleOf: multipleOf as number | undefined,
    uniqueItems: parts.some((part) => part.uniqueItems),
    pattern: pattern as string | undefined,
    properties: new Map([...properties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    required,
    additionalProperties: (additional as { value: Child | false } | undefined)?.value,
    items: items as Child | undefined,
    allOf: allOf.length > 0 ? allOf : undefined,
    anyOf: anyOf as readonly Child[] | undefined,
    oneOf: oneOf as readonly Child[] | undefined,
    not: not as Child | undefined,
    generic,
    annotations: new Map([...annotations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
