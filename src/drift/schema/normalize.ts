import { appendPointer, getAtPointer, localRefPointer } from "../../shared/json-pointer.js";
import { blankSchema, EMPTY_MAP, newId } from "./blank.js";
import {
  ANALYSED,
  COUNT_KEYWORDS,
  type CountKeyword,
  GENERIC_SUBSCHEMA,
  GENERIC_SUBSCHEMA_ARRAY,
  GENERIC_SUBSCHEMA_MAP,
  GENERIC_VALUE,
} from "./keywords.js";
import { mergeAllOf } from "./merge-all-of.js";
import {
  annotationsOf,
  bound,
  componentName,
  hasValidation,
  isNullOnly,
  isRecord,
  numberOrUndefined,
  parseTypes,
  parseValues,
  type Raw,
} from "./read-keywords.js";
import { isPureUnion } from "./shape.js";
import { stableKey } from "./stable-key.js";
import type { Child, GenericValue, NormalSchema } from "./types.js";

/** The schema that accepts everything: what an absent `items` or `additionalProperties: true` means. */
export function anySchema(): NormalSchema {
  return blankSchema();
}

/**
 * `node` without null and without annotations: what a plain schema is compared
 * with when it is paired with one branch of a union (the union itself carries
 * the null and, usually, the description).
 */
export function bareOf(node: NormalSchema): NormalSchema {
  return node.nullable || node.annotations.size > 0
    ? { ...node, id: newId(), nullable: false, annotations: EMPTY_MAP }
    : node;
}

const UNWRAP_EXCEPT = new Set(["allOf", "anyOf", "oneOf", "nullable"]);

/**
 * Normalises the schemas of one document on demand, memoised by pointer.
 * Children stay lazy; only `$ref` targets and single-branch wrappers are
 * followed eagerly, and a cycle among those ends in an opaque node.
 */
export class Normalizer {
  private readonly memo = new Map<string, NormalSchema>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly doc: unknown) {}

  /** The normalised schema at `ptr` inside the document. */
  at(ptr: string): NormalSchema {
    const known = this.memo.get(ptr);
    if (known !== undefined) return known;
    if (this.inProgress.has(ptr)) return this.opaque("$cycle", ptr);
    this.inProgress.add(ptr);
    try {
      const node = this.build(ptr, getAtPointer(this.doc, ptr));
      this.memo.set(ptr, node);
      return node;
    } finally {
      this.inProgress.delete(ptr);
    }
  }

  private lazy(ptr: string): Child {
    let node: NormalSchema | undefined;
    return () => (node ??= this.at(ptr));
  }

  private opaque(keyword: string, value: unknown): NormalSchema {
    return {
      ...blankSchema(),
      generic: new Map([[keyword, { kind: "value", canonical: stableKey(value) } as GenericValue]]),
    };
  }

  private build(ptr: string, raw: unknown): NormalSchema {
    if (raw === true) return anySchema();
    if (raw === false) return { ...blankSchema(), types: new Set() };
    if (!isRecord(raw)) return this.opaque("$invalid", raw ?? null);
    if (typeof raw.$ref === "string") return this.buildRef(ptr, raw, raw.$ref);
    return this.buildObject(ptr, raw, []);
  }

  private buildRef(ptr: string, raw: Raw, ref: string): NormalSchema {
    const target = localRefPointer(ref);
    if (target === undefined || getAtPointer(this.doc, target) === undefined) return this.opaque("$ref", ref);
    const { $ref: _ref, ...siblings } = raw;
    // Siblings of $ref apply (3.1 semantics, in both versions). Validation
    // siblings make the ref one conjunct among them; annotations override.
    if (hasValidation(siblings, new Set(["nullable"]))) return this.buildObject(ptr, siblings, [this.lazy(target)]);
    return this.merge(this.at(target), siblings, undefined);
  }

  /** `inner` seen through a wrapper that adds annotations and perhaps null. */
  private merge(inner: NormalSchema, wrapper: Raw, refName: string | undefined, nullBranch = false): NormalSchema {
    const annotations = annotationsOf(wrapper);
    const nullable = inner.nullable || wrapper.nullable === true || nullBranch;
    if (annotations.size === 0 && nullable === inner.nullable && (refName === undefined || refName === inner.refName))
      return inner;
    return {
      ...inner,
      id: newId(),
      refName: refName ?? inner.refName,
      nullable,
      annotations:
        annotations.size === 0
          ? inner.annotations
          : new Map([...inner.annotations, ...annotations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
  }

  /**
   * The branches of allOf/anyOf/oneOf as children. `{type: "null"}` branches
   * of a union become `nullBranch`, and a branch that is itself a pure union
   * of the same keyword is spliced in (anyOf [anyOf [a, b], c] is anyOf [a, b, c]).
   */
  private branches(
    ptr: string,
    raw: Raw,
    keyword: "allOf" | "anyOf" | "oneOf",
  ): { children: Child[]; nullBranch: boolean } | undefined {
    const list = raw[keyword];
    if (!Array.isArray(list)) return undefined;
    const children: Child[] = [];
    let nullBranch = false;
    list.forEach((branch, index) => {
      const branchPointer = appendPointer(ptr, keyword, index);
      if (keyword === "allOf") {
        children.push(this.lazy(branchPointer));
        return;
      }
      if (isNullOnly(this.resolveRaw(branchPointer, branch))) {
        nullBranch = true;
        return;
      }
      const node = this.at(branchPointer);
      if (isPureUnion(node) && node[keyword] !== undefined) {
        children.push(...node[keyword]);
        nullBranch ||= node.nullable;
      } else children.push(() => node);
    });
    return { children, nullBranch };
  }

  /** The raw schema a (chain of) `$ref` ends at, for shape checks only. */
  private resolveRaw(ptr: string, raw: unknown): unknown {
    let value = raw;
    const seen = new Set<string>([ptr]);
    while (isRecord(value) && typeof value.$ref === "string" && Object.keys(value).length === 1) {
      const target = localRefPointer(value.$ref);
      if (target === undefined || seen.has(target)) return value;
      seen.add(target);
      value = getAtPointer(this.doc, target);
    }
    return value;
  }

  private buildObject(ptr: string, raw: Raw, extraAllOf: Child[]): NormalSchema {
    const refName = componentName(ptr);
    const typeInfo = parseTypes(raw.type);
    const valueInfo = parseValues(raw);
    const allOf = this.branches(ptr, raw, "allOf");
    const anyOf = this.branches(ptr, raw, "anyOf");
    const oneOf = this.branches(ptr, raw, "oneOf");
    const nullBranch = (anyOf?.nullBranch ?? false) || (oneOf?.nullBranch ?? false);

    // Single-branch wrapper (after null branches are taken out): the branch itself.
    const unions = [anyOf, oneOf].filter((entry) => entry !== undefined);
    const compositions = [allOf, ...unions].filter((entry) => entry !== undefined);
    if (extraAllOf.length === 0 && !hasValidation(raw, UNWRAP_EXCEPT) && compositions.length === 1) {
      const only = compositions[0]!;
      if (only.children.length === 1) return this.merge(only.children[0]!(), raw, refName, nullBranch);
    }

    const typeAllowsNull = typeInfo.types === undefined || typeInfo.hasNull;
    const valuesAllowNull = valueInfo.values === undefined || valueInfo.hasNull;
    const explicitNull = typeInfo.hasNull || valueInfo.hasNull;
    const nullable = raw.nullable === true || nullBranch || (explicitNull && typeAllowsNull && valuesAllowNull);
    let types = typeInfo.types;
    // A union of nothing but null branches accepts null only.
    const onlyNull = unions.length > 0 && unions.every((entry) => entry.children.length === 0);
    if (onlyNull && types === undefined) types = new Set();

    const counts: Partial<Record<CountKeyword, number>> = {};
    for (const key of COUNT_KEYWORDS) {
      const value = numberOrUndefined(raw[key]);
      // minLength: 0 and friends say nothing.
      if (value !== undefined && !(key.startsWith("min") && value === 0)) counts[key] = value;
    }

    const properties = new Map<string, Child>();
    if (isRecord(raw.properties)) {
      for (const name of Object.keys(raw.properties).sort())
        properties.set(name, this.lazy(appendPointer(ptr, "properties", name)));
    }
    const required = new Set(
      Array.isArray(raw.required) ? raw.required.filter((name): name is string => typeof name === "string") : [],
    );

    let additionalProperties: Child | false | undefined;
    if (raw.additionalProperties === false) additionalProperties = false;
    else if (isRecord(raw.additionalProperties))
      additionalProperties = this.lazy(appendPointer(ptr, "additionalProperties"));

    const generic = new Map<string, GenericValue>();
    let items: Child | undefined;
    if (Array.isArray(raw.items)) {
      // Draft-4 tuple form, as some 3.0 documents write it.
      generic.set("prefixItems", {
        kind: "schemas",
        children: raw.items.map((_, index) => this.lazy(appendPointer(ptr, "items", index))),
      });
    } else if (raw.items !== undefined && raw.items !== true) {
      items = this.lazy(appendPointer(ptr, "items"));
    }
    for (const key of Object.keys(raw).sort()) {
      if (ANALYSED.has(key)) continue;
      const value = raw[key];
      if (GENERIC_SUBSCHEMA.has(key)) generic.set(key, { kind: "schema", child: this.lazy(appendPointer(ptr, key)) });
      else if (GENERIC_SUBSCHEMA_ARRAY.has(key) && Array.isArray(value)) {
        generic.set(key, {
          kind: "schemas",
          children: value.map((_, index) => this.lazy(appendPointer(ptr, key, index))),
        });
      } else if (GENERIC_SUBSCHEMA_MAP.has(key) && isRecord(value)) {
        generic.set(key, {
          kind: "map",
          children: new Map(
            Object.keys(value)
              .sort()
              .map((name) => [name, this.lazy(appendPointer(ptr, key, name))]),
          ),
        });
      } else if (GENERIC_VALUE.has(key) || GENERIC_SUBSCHEMA_ARRAY.has(key) || GENERIC_SUBSCHEMA_MAP.has(key)) {
        generic.set(key, { kind: "value", canonical: stableKey(value) });
      }
    }

    const allOfChildren = [...extraAllOf, ...(allOf?.children ?? [])];
    const id = newId();
    const own: NormalSchema = {
      id,
      core: id,
      refName,
      types,
      nullable,
      values: valueInfo.values,
      lower: bound(raw, "minimum", "exclusiveMinimum", (inclusive, exclusive) => inclusive > exclusive),
      upper: bound(raw, "maximum", "exclusiveMaximum", (inclusive, exclusive) => inclusive < exclusive),
      counts,
      multipleOf: numberOrUndefined(raw.multipleOf),
      uniqueItems: raw.uniqueItems === true,
      pattern: typeof raw.pattern === "string" ? raw.pattern : undefined,
      properties,
      required,
      additionalProperties,
      items,
      allOf: undefined,
      anyOf: anyOf !== undefined && anyOf.children.length > 0 ? anyOf.children : undefined,
      oneOf: oneOf !== undefined && oneOf.children.length > 0 ? oneOf.children : undefined,
      not: raw.not === undefined ? undefined : this.lazy(appendPointer(ptr, "not")),
      generic,
      annotations: annotationsOf(raw),
    };
    if (allOfChildren.length === 0) return own;
    const merged = mergeAllOf(
      own,
      allOfChildren.map((child) => child()),
      raw.nullable === true,
    );
    return merged === undefined ? { ...own, allOf: allOfChildren } : { ...merged, refName };
  }
}
