import { escapeSegment } from "../../../src/shared/json-pointer.js";
import type { BoundaryKeyword, Edge } from "./boundaries.js";
import { numberAtEdge, sizeAtEdge, stringAtEdge } from "./edge-values.js";
import { canonical, clone, type Repair, repaired, setOwn } from "./json-values.js";
import type { Random } from "./random.js";
import { flatten, isRecord, mergeSchemas, type Schema } from "./view.js";

/*
 * Schema-driven values: valid-leaning ones (following types, bounds,
 * lengths in code points, patterns, required and optional properties,
 * unique items, one branch of anyOf/oneOf...) and, when asked, exactly one
 * mutation somewhere inside (a dropped required property, a wrong type, a
 * bound crossed or hit exactly, a string one code point too long, an enum
 * miss, a duplicate item, an extra property, null where not nullable...).
 * Whether a value is valid is not decided here: the oracle decides.
 *
 * Given a target (one boundary keyword of one schema object, and an edge),
 * the generator steers towards it (the properties, items and branches that
 * lead there) and puts the edge value there, with nothing else mutated.
 */

export interface GeneratedCase {
  value: unknown;
  /** "path: kind" of the mutation applied, or undefined for a value generated to be valid. */
  mutation: string | undefined;
  /** Where the mutation is: a JSON pointer into the value (for a property name, the object's). */
  at: string | undefined;
  /**
   * The value with the mutated part put right (a fresh valid-leaning part,
   * or without the offending property name), made on demand: when the
   * oracle accepts it, the mutation alone made the value invalid.
   */
  control: () => unknown;
}

export interface Target {
  /** The schema object holding the keyword: a node of the document, compared by identity. */
  schema: Schema;
  keyword: BoundaryKeyword;
  edge: Edge;
  /** Whether the target schema can be reached from this schema (itself included). */
  reaches: (schema: unknown) => boolean;
}

export interface GenerateOptions {
  /** Strings matching a pattern (a pool computed once per pattern), or [] when none are known. */
  matching?: (pattern: string) => readonly string[];
  maxDepth?: number;
  target?: Target;
}

const NUMERIC_KEYWORDS: readonly BoundaryKeyword[] = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
];

type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";
const ALL_TYPES: readonly JsonType[] = ["null", "boolean", "integer", "number", "string", "array", "object"];

const PLAIN_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789_- "];
const TRICKY_CHARS = [
  "é",
  "ß",
  "中",
  "😀",
  "𝄞",
  '"',
  "\\",
  "'",
  "`",
  "\u2028",
  "\u0000",
  "\n",
  "$",
  "{",
  "}",
  "*",
  "/",
];

function typesOf(schema: Schema): JsonType[] | undefined {
  const type = schema.type;
  const list = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  if (list === undefined) return undefined;
  const types = list.filter((item): item is JsonType => (ALL_TYPES as readonly string[]).includes(item as string));
  if (schema.nullable === true && !types.includes("null")) types.push("null");
  return types;
}

function inferredTypes(schema: Schema): JsonType[] | undefined {
  const declared = typesOf(schema);
  if (declared !== undefined) return declared;
  if (
    schema.properties !== undefined ||
    schema.required !== undefined ||
    schema.additionalProperties !== undefined ||
    schema.patternProperties !== undefined
  )
    return ["object"];
  if (schema.items !== undefined || schema.prefixItems !== undefined || schema.minItems !== undefined) return ["array"];
  if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern !== undefined)
    return ["string"];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined)
    return ["number"];
  return undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

interface Bounds {
  low?: number;
  lowExclusive: boolean;
  high?: number;
  highExclusive: boolean;
}

function boundsOf(schema: Schema): Bounds {
  const bounds: Bounds = { lowExclusive: false, highExclusive: false };
  const minimum = num(schema.minimum);
  const exclusiveMinimum = schema.exclusiveMinimum;
  if (minimum !== undefined) bounds.low = minimum;
  if (exclusiveMinimum === true && minimum !== undefined) bounds.lowExclusive = true;
  const exMin = num(exclusiveMinimum);
  if (exMin !== undefined && (bounds.low === undefined || exMin >= bounds.low)) {
    bounds.low = exMin;
    bounds.lowExclusive = true;
  }
  const maximum = num(schema.maximum);
  const exclusiveMaximum = schema.exclusiveMaximum;
  if (maximum !== undefined) bounds.high = maximum;
  if (exclusiveMaximum === true && maximum !== undefined) bounds.highExclusive = true;
  const exMax = num(exclusiveMaximum);
  if (exMax !== undefined && (bounds.high === undefined || exMax <= bounds.high)) {
    bounds.high = exMax;
    bounds.highExclusive = true;
  }
  return bounds;
}

export class ValueGenerator {
  private mutation: string | undefined;
  private at: string | undefined;
  /** What puts the mutated part right (see GeneratedCase.control). */
  private repair: Repair | undefined;
  /** A target is set and its edge not yet placed. */
  private pending = false;
  private readonly maxDepth: number;

  constructor(
    private readonly document: unknown,
    private readonly random: Random,
    private readonly options: GenerateOptions = {},
  ) {
    this.maxDepth = options.maxDepth ?? 6;
  }

  generate(schema: unknown, mutate: boolean): GeneratedCase {
    this.pending = this.options.target !== undefined;
    // Aimed at an edge, nothing else is mutated: the edge alone decides the verdict.
    this.mutation = mutate && !this.pending ? undefined : "none";
    this.at = undefined;
    this.repair = undefined;
    let value = this.value(schema, "", 0);
    if (this.mutation === undefined) {
      const mutated = this.mutateHere(schema, "", 0);
      if (this.mutation !== undefined) {
        value = mutated;
        this.repair = { part: () => this.valid(schema, "", 0) };
      }
    }
    const mutation = this.mutation === "none" ? undefined : (this.mutation ?? "(no applicable mutation)");
    const at = mutation === undefined ? undefined : this.at;
    const repair = this.repair;
    const control = () => (at === undefined || repair === undefined ? undefined : repaired(value, at, repair));
    return { value, mutation, at, control };
  }

  /** The target while it is still to be placed and not too deep to reach. */
  private steering(depth: number): Target | undefined {
    return this.pending && depth <= this.maxDepth + 8 ? this.options.target : undefined;
  }

  private markMutation(path: string, kind: string): void {
    this.mutation = `${path === "" ? "/" : path}: ${kind}`;
    this.at = path;
  }

  /**
   * The target's edge value for this place (its view), or undefined when
   * none can be made; beyond the outside edge, the inside one puts it right.
   */
  private edge(view: Schema, target: Target, path: string, depth: number): { value: unknown } | undefined {
    const { keyword } = target;
    const make = (edge: Edge): unknown => {
      if (NUMERIC_KEYWORDS.includes(keyword)) return numberAtEdge(view, target.schema, keyword, edge, this.random);
      if (keyword === "minItems" || keyword === "maxItems") {
        const size = sizeAtEdge(target.schema, keyword, edge);
        this.pending = false;
        return size === undefined ? undefined : this.array(view, path, depth, size);
      }
      return stringAtEdge(view, target.schema, keyword, edge, this.random, this.options.matching ?? (() => []));
    };
    const value = make(target.edge);
    if (value === undefined) return undefined;
    this.pending = false;
    if (target.edge === "outside") {
      this.markMutation(path, `${keyword} just outside`);
      this.repair = { part: () => make("inside") };
    }
    return { value };
  }

  private value(schema: unknown, path: string, depth: number): unknown {
    if (this.mutation === undefined && this.random.chance(0.08)) {
      const mutated = this.mutateHere(schema, path, depth);
      if (this.mutation !== undefined) {
        this.repair = { part: () => this.valid(schema, path, depth) };
        return mutated;
      }
    }
    return this.valid(schema, path, depth);
  }

  /**
   * The schema with `$ref`/`allOf` merged and one anyOf/oneOf branch folded
   * in (one that leads to the target, when there is a target to reach).
   * `sources` collects the document's schema objects folded in.
   */
  private view(schema: unknown, sources?: Set<unknown>): Schema | boolean | undefined {
    let flat = flatten(this.document, schema, 0, sources);
    for (let round = 0; round < 6 && isRecord(flat); round++) {
      const keyword = Array.isArray(flat.oneOf) ? "oneOf" : Array.isArray(flat.anyOf) ? "anyOf" : undefined;
      if (keyword === undefined) break;
      const branches = flat[keyword] as unknown[];
      const rest: Schema = { ...flat };
      delete rest[keyword];
      const nullable = rest.nullable === true;
      const target = this.pending ? this.options.target : undefined;
      const leading = target === undefined ? [] : branches.filter((member) => target.reaches(member));
      let branch = flatten(this.document, this.random.pick(leading.length > 0 ? leading : branches), 0, sources);
      const aimed = this.options.target !== undefined;
      if (!aimed && branches.length > 1 && isRecord(branch) && this.random.chance(0.2)) {
        // Aim at two branches at once: oneOf must then reject what anyOf accepts.
        const second = flatten(this.document, this.random.pick(branches), 0, sources);
        if (isRecord(second)) branch = mergeSchemas(branch, second);
      }
      flat = isRecord(branch) ? mergeSchemas(rest, branch) : branch === false ? false : rest;
      if (nullable && isRecord(flat)) flat.nullable = true;
      if (isRecord(flat)) flat = flatten(this.document, flat, 0, sources);
    }
    return isRecord(flat) || typeof flat === "boolean" ? flat : undefined;
  }

  private valid(schema: unknown, path: string, depth: number): unknown {
    const target = this.steering(depth);
    // Which of the document's schema objects the view folds in: only needed to find the target.
    const sources = target === undefined ? undefined : new Set<unknown>();
    const view = this.view(schema, sources);
    if (view === undefined || typeof view === "boolean") return this.anyJson(depth);
    if (target !== undefined && sources?.has(target.schema) === true) {
      const edge = this.edge(view, target, path, depth);
      if (edge !== undefined) return edge.value;
    }
    // Further down: no null, and an object or array over a leaf where the type allows the choice.
    const below = target?.reaches(schema) === true;
    if (view.nullable === true && !below && this.random.chance(0.1)) return null;
    if (Object.hasOwn(view, "const")) return clone(view.const);
    if (Array.isArray(view.enum) && view.enum.length > 0) return clone(this.random.pick(view.enum));
    const types = inferredTypes(view);
    if (types === undefined || types.length === 0) return this.anyJson(depth);
    const nonNull = types.filter((type) => type !== "null");
    const container = nonNull.find((type) => type === "object") ?? nonNull.find((type) => type === "array");
    const type =
      below && container !== undefined
        ? container
        : nonNull.length === 0 || (types.includes("null") && this.random.chance(0.1))
          ? "null"
          : this.random.pick(nonNull);
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return this.random.chance(0.5);
      case "integer":
        return this.number(view, true);
      case "number":
        return this.number(view, false);
      case "string":
        return this.string(view);
      case "array":
        return this.array(view, path, depth);
      case "object":
        return this.object(view, path, depth);
    }
  }

  private anyJson(depth: number): unknown {
    const choice = this.random.int(0, depth > 2 ? 4 : 6);
    switch (choice) {
      case 0:
        return null;
      case 1:
        return this.random.chance(0.5);
      case 2:
        return this.random.int(-1000, 1000);
      case 3:
        return this.random.int(-1000, 1000) / 8;
      case 4:
        return this.text(0, 8);
      case 5:
        return [this.anyJson(depth + 1)];
      default:
        return { key: this.anyJson(depth + 1) };
    }
  }

  private number(schema: Schema, integer: boolean): number {
    const bounds = boundsOf(schema);
    const multipleOf = num(schema.multipleOf);
    const low = bounds.low ?? (bounds.high !== undefined ? bounds.high - 1000 : -1000);
    const high = bounds.high ?? (bounds.low !== undefined ? bounds.low + 1000 : 1000);
    const candidates: number[] = [];
    if (multipleOf !== undefined && multipleOf > 0) {
      const first = Math.ceil(low / multipleOf);
      const last = Math.floor(high / multipleOf);
      if (first <= last) {
        const k = this.random.int(first, Math.min(last, first + 1000));
        candidates.push(Number((k * multipleOf).toPrecision(15)));
      }
    }
    if (bounds.low !== undefined && !bounds.lowExclusive) candidates.push(bounds.low);
    if (bounds.high !== undefined && !bounds.highExclusive) candidates.push(bounds.high);
    const span = high - low;
    let inside = low + (this.random.int(0, 1000) / 1000) * span;
    if (integer) inside = Math.round(inside);
    candidates.push(inside, inside);
    if (bounds.low === undefined && bounds.high === undefined)
      candidates.push(0, integer ? 2 ** 53 + 2 : 1.5e300, integer ? -(2 ** 60) : 0.1);
    let value = this.random.pick(candidates);
    if (integer && !Number.isInteger(value)) value = Math.round(value);
    return Object.is(value, -0) ? 0 : value;
  }

  private text(minLength: number, maxLength: number): string {
    const length = this.random.int(minLength, Math.max(minLength, Math.min(maxLength, minLength + 12)));
    const chars: string[] = [];
    for (let i = 0; i < length; i++)
      chars.push(this.random.chance(0.15) ? this.random.pick(TRICKY_CHARS) : this.random.pick(PLAIN_CHARS));
    return chars.join("");
  }

  private string(schema: Schema): string {
    const minLength = num(schema.minLength) ?? 0;
    const maxLength = num(schema.maxLength) ?? Infinity;
    if (typeof schema.pattern === "string") {
      const pool = (this.options.matching?.(schema.pattern) ?? []).filter((text) => {
        const length = [...text].length;
        return length >= minLength && length <= maxLength;
      });
      if (pool.length > 0) return this.random.pick(pool);
    }
    if (maxLength !== Infinity && this.random.chance(0.2)) {
      // Exactly at the limit, with characters outside the BMP: two UTF-16 units each.
      return "😀".repeat(maxLength);
    }
    return this.text(minLength, maxLength);
  }

  /** An array for the schema; `forcedLength` items when given. */
  private array(schema: Schema, path: string, depth: number, forcedLength?: number): unknown[] {
    const minItems = num(schema.minItems) ?? 0;
    const maxItems = num(schema.maxItems) ?? Infinity;
    const prefix = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : [];
    const items = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    // Aimed at an edge, a value is as small as it can be: the more it holds, the less likely it is valid.
    const deep = depth >= this.maxDepth || this.options.target !== undefined;
    const extra = deep ? 0 : this.random.int(0, 3);
    let length =
      forcedLength ?? Math.min(maxItems, Math.max(minItems, Math.min(prefix.length, deep ? 0 : prefix.length) + extra));
    const target = forcedLength === undefined ? this.steering(depth) : undefined;
    if (target !== undefined) {
      // Long enough to hold the item that leads to the target.
      const leading = [...prefix, items].findIndex((sub) => target.reaches(sub));
      if (leading >= 0) length = Math.min(maxItems, Math.max(length, leading + 1));
    }
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < length; i++) {
      // A long array at an edge repeats its items: a hundred generated one by one would rarely all be valid.
      if (forcedLength !== undefined && schema.uniqueItems !== true && i > prefix.length && i >= 2) {
        out.push(clone(out[i - 1]));
        continue;
      }
      const itemSchema = i < prefix.length ? prefix[i] : items;
      let item = this.value(itemSchema, `${path}/${i}`, depth + 1);
      if (schema.uniqueItems === true) {
        for (let attempt = 0; attempt < 5 && seen.has(canonical(item)); attempt++)
          item = this.valid(itemSchema, `${path}/${i}`, depth + 1);
        seen.add(canonical(item));
      }
      out.push(item);
    }
    return out;
  }

  private object(schema: Schema, path: string, depth: number): Record<string, unknown> {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(
      Array.isArray(schema.required)
        ? (schema.required as unknown[]).filter((item): item is string => typeof item === "string")
        : [],
    );
    const deep = depth >= this.maxDepth || this.options.target !== undefined;
    const target = this.steering(depth);
    const leads = (sub: unknown) => target !== undefined && this.pending && target.reaches(sub);
    const out: Record<string, unknown> = {};
    const names = Object.keys(properties);
    if (this.random.chance(0.2)) names.reverse();
    for (const name of names) {
      if (required.has(name) || leads(properties[name]) || (!deep && this.random.chance(depth > 2 ? 0.25 : 0.5)))
        setOwn(out, name, this.value(properties[name], `${path}/${escapeSegment(name)}`, depth + 1));
    }
    for (const name of required) {
      if (!Object.hasOwn(out, name))
        setOwn(out, name, this.value(properties[name] ?? true, `${path}/${escapeSegment(name)}`, depth + 1));
    }
    const additional = schema.additionalProperties;
    const maxProperties = num(schema.maxProperties) ?? Infinity;
    const minProperties = num(schema.minProperties) ?? 0;
    const patternProps = isRecord(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
    if (target !== undefined && this.pending) this.nameAtEdge(schema, target, out, path, depth, patternProps);
    const wantsExtra =
      additional !== false &&
      (Object.keys(out).length < minProperties ||
        leads(additional) ||
        (!deep && this.random.chance(additional === undefined || additional === true ? 0.1 : 0.35)));
    const extras = wantsExtra ? Math.min(4, Math.max(1, minProperties - Object.keys(out).length)) : 0;
    for (let added = 0, attempt = 0; added < extras && attempt < extras * 3; attempt++) {
      const key = this.extraKey(schema, patternProps);
      if (key === undefined || Object.hasOwn(out, key)) continue;
      const pattern = patternProps.find(([source]) => safeTest(source, key));
      const sub = pattern !== undefined ? pattern[1] : additional === undefined ? true : additional;
      setOwn(out, key, this.value(sub, `${path}/${escapeSegment(key)}`, depth + 1));
      added++;
    }
    if (patternProps.length > 0 && !deep && this.random.chance(0.3)) {
      const [source, sub] = this.random.pick(patternProps);
      const pool = this.options.matching?.(source) ?? [];
      if (pool.length > 0) {
        const key = this.random.pick(pool);
        if (!Object.hasOwn(out, key)) setOwn(out, key, this.value(sub, `${path}/${escapeSegment(key)}`, depth + 1));
      }
    }
    const keys = Object.keys(out);
    for (let i = keys.length - 1; i >= 0 && Object.keys(out).length > maxProperties; i--) {
      if (!required.has(keys[i]!)) delete out[keys[i]!];
    }
    return out;
  }

  /** When the target is a keyword of `propertyNames`: a property whose name sits at its edge. */
  private nameAtEdge(
    schema: Schema,
    target: Target,
    out: Record<string, unknown>,
    path: string,
    depth: number,
    patternProps: Array<[string, unknown]>,
  ): void {
    const sources = new Set<unknown>();
    const names = flatten(this.document, schema.propertyNames, 0, sources);
    if (!isRecord(names) || !sources.has(target.schema)) return;
    const key = stringAtEdge(
      names,
      target.schema,
      target.keyword,
      target.edge,
      this.random,
      this.options.matching ?? (() => []),
    );
    if (key === undefined || Object.hasOwn(out, key)) return;
    this.pending = false;
    if (target.edge === "outside") {
      this.markMutation(path, `property name ${target.keyword} just outside`);
      this.repair = { removeKey: key };
    }
    const pattern = patternProps.find(([source]) => safeTest(source, key));
    const additional = schema.additionalProperties;
    const sub = pattern !== undefined ? pattern[1] : additional === undefined ? true : additional;
    setOwn(out, key, this.value(sub, `${path}/${escapeSegment(key)}`, depth + 1));
  }

  private extraKey(schema: Schema, patternProps: Array<[string, unknown]>): string | undefined {
    const names = flatten(this.document, schema.propertyNames);
    if (isRecord(names)) {
      if (typeof names.pattern === "string") {
        const pool = this.options.matching?.(names.pattern) ?? [];
        return pool.length > 0 ? this.random.pick(pool) : undefined;
      }
      if (Array.isArray(names.enum)) return String(this.random.pick(names.enum));
      const max = num(names.maxLength) ?? 12;
      return this.text(Math.min(1, max), Math.min(max, 10)) || "k";
    }
    if (patternProps.length > 0 && this.random.chance(0.5)) {
      const pool = this.options.matching?.(this.random.pick(patternProps)[0]) ?? [];
      if (pool.length > 0) return this.random.pick(pool);
    }
    return this.random.pick([
      "extra",
      "x-trace-id",
      "9lives",
      "constructor",
      "toString",
      "__proto__",
      "",
      "hasOwnProperty",
      `k${this.random.int(0, 99)}`,
    ]);
  }

  /** One mutation that fits this schema, or undefined when none does (the flag stays unset). */
  private mutateHere(schema: unknown, path: string, depth: number): unknown {
    const view = this.view(schema);
    const candidates: Array<[string, () => unknown]> = [];
    const validValue = (): unknown => this.valid(schema, path, depth);
    if (view === false) return undefined;
    if (view === undefined || view === true) {
      return undefined;
    }
    const types = inferredTypes(view);
    if (view.nullable !== true && (types === undefined || !types.includes("null")))
      candidates.push(["null", () => null]);
    if (types !== undefined) {
      const wrong: Array<[JsonType, unknown]> = [
        ["string", "1"],
        ["number", 1.5],
        ["integer", 7],
        ["boolean", true],
        ["array", []],
        ["object", {}],
      ];
      const options = wrong.filter(
        ([type]) => !types.includes(type) && !(type === "integer" && types.includes("number")),
      );
      if (options.length > 0) candidates.push(["wrong type", () => this.random.pick(options)[1]]);
    }
    if (Array.isArray(view.enum) && view.enum.length > 0) {
      candidates.push([
        "enum miss",
        () => {
          const sample = this.random.pick(view.enum as unknown[]);
          return typeof sample === "string" ? `${sample}_x` : typeof sample === "number" ? sample + 1 : "not-in-enum";
        },
      ]);
    }
    if (Object.hasOwn(view, "const"))
      candidates.push(["const miss", () => (typeof view.const === "string" ? `${view.const}!` : 12345)]);
    if (types?.includes("string")) {
      const maxLength = num(view.maxLength);
      const minLength = num(view.minLength);
      if (maxLength !== undefined) {
        candidates.push(["one code point too long", () => "a".repeat(maxLength + 1)]);
        candidates.push(["astral at max length", () => "😀".repeat(maxLength)]);
        candidates.push(["astral one too long", () => "𝄞".repeat(maxLength + 1)]);
      }
      if (minLength !== undefined && minLength > 0) {
        candidates.push(["one code point too short", () => "b".repeat(minLength - 1)]);
        candidates.push(["astral at min length", () => "😀".repeat(minLength)]);
      }
      if (typeof view.pattern === "string")
        candidates.push(["pattern miss", () => this.random.pick(["", " ", "!!", "a b", "\u00e9", "😀", "--", "_"])]);
    }
    if (types?.includes("integer") || types?.includes("number")) {
      const bounds = boundsOf(view);
      if (bounds.low !== undefined) {
        const low = bounds.low;
        candidates.push(["below minimum", () => low - (types.includes("integer") ? 1 : 0.5)]);
        candidates.push(["at minimum", () => low]);
      }
      if (bounds.high !== undefined) {
        const high = bounds.high;
        candidates.push(["above maximum", () => high + (types.includes("integer") ? 1 : 0.5)]);
        candidates.push(["at maximum", () => high]);
      }
      if (types.includes("integer") && !types.includes("number")) {
        candidates.push(["fraction for integer", () => Math.trunc(this.number(view, true)) + 0.5]);
        candidates.push(["integer beyond 2^53", () => 2 ** 53 + 2]);
        candidates.push(["float-looking integer", () => 1e21]);
      }
      const multipleOf = num(view.multipleOf);
      if (multipleOf !== undefined)
        candidates.push(["not a multiple", () => this.number(view, false) + multipleOf / 2]);
    }
    if (types?.includes("array")) {
      const maxItems = num(view.maxItems);
      const minItems = num(view.minItems);
      const items = Array.isArray(view.items) ? true : view.items;
      if (maxItems !== undefined)
        candidates.push([
          "too many items",
          () => Array.from({ length: maxItems + 1 }, () => this.valid(items, path, depth + 1)),
        ]);
      if (minItems !== undefined && minItems > 0)
        candidates.push([
          "too few items",
          () => Array.from({ length: minItems - 1 }, () => this.valid(items, path, depth + 1)),
        ]);
      if (view.uniqueItems === true) {
        candidates.push([
          "duplicate items",
          () => {
            const item = this.valid(items, path, depth + 1);
            return [item, reorderedCopy(item)];
          },
        ]);
      }
      candidates.push(["wrong item", () => [this.random.pick([null, "x", 3.25, {}, [], false])]]);
    }
    if (types?.includes("object")) {
      const required = Array.isArray(view.required)
        ? (view.required as unknown[]).filter((item): item is string => typeof item === "string")
        : [];
      if (required.length > 0) {
        candidates.push([
          "missing required property",
          () => {
            const value = validValue();
            if (isRecord(value)) delete value[this.random.pick(required)];
            return value;
          },
        ]);
      }
      candidates.push([
        "extra property",
        () => {
          const value = validValue();
          if (isRecord(value))
            setOwn(
              value,
              this.random.pick(["unexpected_field", "constructor", "__proto__", "toString", "x-trace-id", ""]),
              this.random.pick([1, "x", null, {}]),
            );
          return value;
        },
      ]);
      candidates.push(["empty object", () => ({})]);
      if (isRecord(view.properties)) {
        const names = Object.keys(view.properties);
        if (names.length > 0) {
          candidates.push([
            "property of the wrong type",
            () => {
              const value = validValue();
              if (isRecord(value))
                setOwn(value, this.random.pick(names), this.random.pick([null, 12.5, "text", [], {}, true]));
              return value;
            },
          ]);
        }
      }
    }
    if (candidates.length === 0) return undefined;
    const [kind, make] = this.random.pick(candidates);
    this.markMutation(path, kind);
    return make();
  }
}

function safeTest(source: string, key: string): boolean {
  try {
    return new RegExp(source, "u").test(key);
  } catch {
    return false;
  }
}

/** A deep copy with object keys in reverse order: JSON-equal, not identical. */
function reorderedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderedCopy);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).reverse()) setOwn(out, key, reorderedCopy(value[key]));
    return out;
  }
  return value;
}
