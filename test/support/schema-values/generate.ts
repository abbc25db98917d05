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
 */

export interface GeneratedCase {
  value: unknown;
  /** "path: kind" of the mutation applied, or undefined for a value generated to be valid. */
  mutation: string | undefined;
}

export interface GenerateOptions {
  /** Strings matching a pattern (a pool computed once per pattern), or [] when none are known. */
  matching?: (pattern: string) => readonly string[];
  maxDepth?: number;
}

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

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
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
  private readonly maxDepth: number;

  constructor(
    private readonly document: unknown,
    private readonly random: Random,
    private readonly options: GenerateOptions = {},
  ) {
    this.maxDepth = options.maxDepth ?? 6;
  }

  generate(schema: unknown, mutate: boolean): GeneratedCase {
    this.mutation = mutate ? undefined : "none";
    let value = this.value(schema, "", 0);
    if (this.mutation === undefined) {
      const mutated = this.mutateHere(schema, "", 0);
      if (this.mutation !== undefined) value = mutated;
    }
    const mutation = this.mutation === "none" ? undefined : (this.mutation ?? "(no applicable mutation)");
    return { value, mutation };
  }

  private value(schema: unknown, path: string, depth: number): unknown {
    if (this.mutation === undefined && this.random.chance(0.08)) {
      const mutated = this.mutateHere(schema, path, depth);
      if (this.mutation !== undefined) return mutated;
    }
    return this.valid(schema, path, depth);
  }

  /** The schema with `$ref`/`allOf` merged and one anyOf/oneOf branch folded in. */
  private view(schema: unknown): Schema | boolean | undefined {
    let flat = flatten(this.document, schema);
    for (let round = 0; round < 6 && isRecord(flat); round++) {
      const keyword = Array.isArray(flat.oneOf) ? "oneOf" : Array.isArray(flat.anyOf) ? "anyOf" : undefined;
      if (keyword === undefined) break;
      const branches = flat[keyword] as unknown[];
      const rest: Schema = { ...flat };
      delete rest[keyword];
      const nullable = rest.nullable === true;
      let branch = flatten(this.document, this.random.pick(branches));
      if (branches.length > 1 && isRecord(branch) && this.random.chance(0.2)) {
        // Aim at two branches at once: oneOf must then reject what anyOf accepts.
        const second = flatten(this.document, this.random.pick(branches));
        if (isRecord(second)) branch = mergeSchemas(branch, second);
      }
      flat = isRecord(branch) ? mergeSchemas(rest, branch) : branch === false ? false : rest;
      if (nullable && isRecord(flat)) flat.nullable = true;
      if (isRecord(flat)) flat = flatten(this.document, flat);
    }
    return isRecord(flat) || typeof flat === "boolean" ? flat : undefined;
  }

  private valid(schema: unknown, path: string, depth: number): unknown {
    const view = this.view(schema);
    if (view === undefined || typeof view === "boolean") return this.anyJson(depth);
    if (view.nullable === true && this.random.chance(0.1)) return null;
    if (Object.hasOwn(view, "const")) return clone(view.const);
    if (Array.isArray(view.enum) && view.enum.length > 0) return clone(this.random.pick(view.enum));
    const types = inferredTypes(view);
    if (types === undefined || types.length === 0) return this.anyJson(depth);
    const nonNull = types.filter((type) => type !== "null");
    const type =
      nonNull.length === 0 || (types.includes("null") && this.random.chance(0.1)) ? "null" : this.random.pick(nonNull);
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

  private array(schema: Schema, path: string, depth: number): unknown[] {
    const minItems = num(schema.minItems) ?? 0;
    const maxItems = num(schema.maxItems) ?? Infinity;
    const prefix = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : [];
    const items = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    const deep = depth >= this.maxDepth;
    const extra = deep ? 0 : this.random.int(0, 3);
    const length = Math.min(maxItems, Math.max(minItems, Math.min(prefix.length, deep ? 0 : prefix.length) + extra));
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < length; i++) {
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
    const deep = depth >= this.maxDepth;
    const out: Record<string, unknown> = {};
    const names = Object.keys(properties);
    if (this.random.chance(0.2)) names.reverse();
    for (const name of names) {
      if (required.has(name) || (!deep && this.random.chance(depth > 2 ? 0.25 : 0.5)))
        setOwn(out, name, this.value(properties[name], `${path}/${name}`, depth + 1));
    }
    for (const name of required) {
      if (!Object.hasOwn(out, name))
        setOwn(out, name, this.value(properties[name] ?? true, `${path}/${name}`, depth + 1));
    }
    const additional = schema.additionalProperties;
    const maxProperties = num(schema.maxProperties) ?? Infinity;
    const minProperties = num(schema.minProperties) ?? 0;
    const patternProps = isRecord(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
    const wantsExtra =
      additional !== false &&
      (Object.keys(out).length < minProperties ||
        (!deep && this.random.chance(additional === undefined || additional === true ? 0.1 : 0.35)));
    const extras = wantsExtra ? Math.min(4, Math.max(1, minProperties - Object.keys(out).length)) : 0;
    for (let added = 0, attempt = 0; added < extras && attempt < extras * 3; attempt++) {
      const key = this.extraKey(schema, patternProps);
      if (key === undefined || Object.hasOwn(out, key)) continue;
      const pattern = patternProps.find(([source]) => safeTest(source, key));
      const sub = pattern !== undefined ? pattern[1] : additional === undefined ? true : additional;
      setOwn(out, key, this.value(sub, `${path}/${key}`, depth + 1));
      added++;
    }
    if (patternProps.length > 0 && !deep && this.random.chance(0.3)) {
      const [source, sub] = this.random.pick(patternProps);
      const pool = this.options.matching?.(source) ?? [];
      if (pool.length > 0) {
        const key = this.random.pick(pool);
        if (!Object.hasOwn(out, key)) setOwn(out, key, this.value(sub, `${path}/${key}`, depth + 1));
      }
    }
    const keys = Object.keys(out);
    for (let i = keys.length - 1; i >= 0 && Object.keys(out).length > maxProperties; i--) {
      if (!required.has(keys[i]!)) delete out[keys[i]!];
    }
    return out;
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
    const at = path === "" ? "/" : path;
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
    this.mutation = `${at}: ${kind}`;
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
