import type { z } from "zod";
import { hasProperty, isJsonObject, presentKeys } from "./json.js";
import type { Matcher } from "./pattern.js";
import { runInto, validator } from "./validator.js";

/*
 * JSON Schema's object keywords. Zod's z.object is not used: it reads
 * properties with `key in input` (so `constructor` or `toString` are "present"
 * on every object), skips a declared `__proto__`, and rebuilds the object with
 * declared keys first. Here only own enumerable properties count, every name
 * is data (a Map, never an object literal), and the input is returned as is.
 */

export interface ObjectKeywords {
  properties?: ReadonlyArray<readonly [string, z.ZodType]>;
  required?: readonly string[];
  /** Each pattern a linear matcher (`v.re`), or a RegExp where RE2 cannot express it. */
  patternProperties?: ReadonlyArray<readonly [Matcher, z.ZodType]>;
  /** Schema for properties matched by neither `properties` nor `patternProperties`; false forbids them. */
  additionalProperties?: z.ZodType | false;
  propertyNames?: z.ZodType;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired?: ReadonlyArray<readonly [string, readonly string[]]>;
  dependentSchemas?: ReadonlyArray<readonly [string, z.ZodType]>;
}

export function object(keywords: ObjectKeywords = {}): z.ZodType {
  const properties = new Map(keywords.properties ?? []);
  const required = keywords.required ?? [];
  const patterns = keywords.patternProperties ?? [];
  const additional = keywords.additionalProperties;
  const { propertyNames, minProperties = 0, maxProperties = Infinity } = keywords;
  const dependentRequired = keywords.dependentRequired ?? [];
  const dependentSchemas = keywords.dependentSchemas ?? [];
  const needsKeyLoop =
    properties.size > 0 || patterns.length > 0 || additional !== undefined || propertyNames !== undefined;
  const countsKeys = minProperties > 0 || maxProperties !== Infinity;

  return validator((value, issues, ctx) => {
    if (!isJsonObject(value)) {
      issues.push({ code: "invalid_type", expected: "object", input: value });
      return;
    }
    const unknownKeys: string[] = [];
    if (needsKeyLoop) {
      for (const key of Object.keys(value)) {
        const item = value[key];
        if (item === undefined) continue;
        if (propertyNames !== undefined) runInto(propertyNames, key, issues, ctx, key);
        let matched = false;
        const declared = properties.get(key);
        if (declared !== undefined) {
          matched = true;
          runInto(declared, item, issues, ctx, key);
        }
        for (const [pattern, schema] of patterns) {
          if (pattern.test(key)) {
            matched = true;
            runInto(schema, item, issues, ctx, key);
          }
        }
        if (!matched && additional !== undefined) {
          if (additional === false) unknownKeys.push(key);
          else runInto(additional, item, issues, ctx, key);
        }
      }
    }
    if (unknownKeys.length > 0) issues.push({ code: "unrecognized_keys", keys: unknownKeys, input: value });
    for (const key of required) {
      if (!hasProperty(value, key))
        issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
    }
    if (countsKeys) {
      const count = presentKeys(value).length;
      if (count < minProperties)
        issues.push({
          code: "too_small",
          origin: "object",
          minimum: minProperties,
          inclusive: true,
          input: value,
        } as never);
      if (count > maxProperties)
        issues.push({
          code: "too_big",
          origin: "object",
          maximum: maxProperties,
          inclusive: true,
          input: value,
        } as never);
    }
    for (const [key, needed] of dependentRequired) {
      if (!hasProperty(value, key)) continue;
      for (const other of needed) {
        if (!hasProperty(value, other)) {
          issues.push({
            code: "custom",
            message: `Property ${JSON.stringify(other)} is required when ${JSON.stringify(key)} is present`,
            input: value,
            path: [other],
          });
        }
      }
    }
    for (const [key, schema] of dependentSchemas) {
      if (hasProperty(value, key)) runInto(schema, value, issues, ctx);
    }
  });
}

/** An object with no further constraint (`type: object` alone). */
export function anyObject(): z.ZodType {
  return object();
}
