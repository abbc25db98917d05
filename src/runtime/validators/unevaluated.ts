import type { z } from "zod";
import { hasProperty, isJsonObject, presentKeys } from "./json.js";
import type { Matcher } from "./pattern.js";
import { accepts, type Context, runInto, validator } from "./validator.js";

/*
 * unevaluatedProperties / unevaluatedItems. The generator describes, for the
 * schema that carries the keyword, which properties (items) its keywords and
 * in-place subschemas evaluate: static parts (allOf, $ref: they must all pass
 * anyway) are merged, parts that only count when a subschema passes (anyOf,
 * oneOf, if/then/else, dependentSchemas) are kept as conditions checked here.
 */

export interface EvaluatedProperties {
  names?: readonly string[];
  patterns?: readonly Matcher[];
  /** additionalProperties or a nested unevaluatedProperties: every property is evaluated. */
  all?: boolean;
  when?: ReadonlyArray<{ if: z.ZodType; then?: EvaluatedProperties; else?: EvaluatedProperties }>;
  dependent?: ReadonlyArray<readonly [string, EvaluatedProperties]>;
}

function collectProperties(
  value: Record<string, unknown>,
  evaluated: EvaluatedProperties,
  into: Set<string>,
  ctx: Context,
): boolean {
  if (evaluated.all === true) return true;
  for (const name of evaluated.names ?? []) if (hasProperty(value, name)) into.add(name);
  if (evaluated.patterns !== undefined && evaluated.patterns.length > 0) {
    for (const key of presentKeys(value)) if (evaluated.patterns.some((pattern) => pattern.test(key))) into.add(key);
  }
  for (const branch of evaluated.when ?? []) {
    const next = accepts(branch.if, value, ctx) ? branch.then : branch.else;
    if (next !== undefined && collectProperties(value, next, into, ctx)) return true;
  }
  for (const [key, next] of evaluated.dependent ?? []) {
    if (hasProperty(value, key) && collectProperties(value, next, into, ctx)) return true;
  }
  return false;
}

export function unevaluatedProperties(
  base: z.ZodType,
  evaluated: EvaluatedProperties,
  rest: z.ZodType | false,
): z.ZodType {
  return validator((value, issues, ctx) => {
    runInto(base, value, issues, ctx);
    if (!isJsonObject(value)) return;
    const seen = new Set<string>();
    if (collectProperties(value, evaluated, seen, ctx)) return;
    const unknownKeys: string[] = [];
    for (const key of presentKeys(value)) {
      if (seen.has(key)) continue;
      if (rest === false) unknownKeys.push(key);
      else runInto(rest, value[key], issues, ctx, key);
    }
    if (unknownKeys.length > 0) issues.push({ code: "unrecognized_keys", keys: unknownKeys, input: value });
  });
}

export interface EvaluatedItems {
  /** Items at indexes below this are evaluated (prefixItems). */
  prefix?: number;
  /** items, or a nested unevaluatedItems: every item is evaluated. */
  all?: boolean;
  /** Items accepted by a `contains` schema are evaluated. */
  contains?: readonly z.ZodType[];
  when?: ReadonlyArray<{ if: z.ZodType; then?: EvaluatedItems; else?: EvaluatedItems }>;
}

function collectItems(value: unknown[], evaluated: EvaluatedItems, into: boolean[], ctx: Context): boolean {
  if (evaluated.all === true) return true;
  for (let i = 0; i < Math.min(evaluated.prefix ?? 0, value.length); i++) into[i] = true;
  for (const schema of evaluated.contains ?? []) {
    value.forEach((item, i) => {
      if (!into[i] && accepts(schema, item, ctx)) into[i] = true;
    });
  }
  for (const branch of evaluated.when ?? []) {
    const next = accepts(branch.if, value, ctx) ? branch.then : branch.else;
    if (next !== undefined && collectItems(value, next, into, ctx)) return true;
  }
  return false;
}

export function unevaluatedItems(base: z.ZodType, evaluated: EvaluatedItems, rest: z.ZodType | false): z.ZodType {
  return validator((value, issues, ctx) => {
    runInto(base, value, issues, ctx);
    if (!Array.isArray(value)) return;
    const seen: boolean[] = [];
    if (collectItems(value, evaluated, seen, ctx)) return;
    for (let i = 0; i < value.length; i++) {
      if (seen[i] === true) continue;
      if (rest === false) {
        issues.push({ code: "custom", message: "Unevaluated array item is not allowed", input: value[i], path: [i] });
      } else {
        runInto(rest, value[i], issues, ctx, i);
      }
    }
  });
}
