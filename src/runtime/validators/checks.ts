import { z } from "zod";
import { isMultipleOf } from "./decimal.js";
import { canonicalKey, jsonEqual } from "./json.js";
import { accepts } from "./validator.js";

/*
 * Checks chained on Zod primitives (`z.number().check(v.integer())`) where
 * Zod's own check means something else: `.int()` stops at 2^53, `.multipleOf`
 * is binary floating point, string `.min/.max` count UTF-16 units.
 * A check only runs after its base schema accepted the type.
 */

/** JSON Schema integer: no fractional part, at any magnitude. */
export function integer(): z.core.$ZodCheck<number> {
  return z.check<number>((payload) => {
    if (!Number.isInteger(payload.value)) {
      payload.issues.push({ code: "invalid_type", expected: "int", received: "number", input: payload.value });
    }
  });
}

/**
 * A number that is a JSON Schema integer. Generated code prints `v.int()`
 * for `z.number().check(v.integer())`: integers are everywhere in request
 * bodies, and the short form reads like Zod's own `z.int()`.
 */
export function int(): z.ZodNumber {
  return z.number().check(integer());
}

export function multipleOf(divisor: number): z.core.$ZodCheck<number> {
  return z.check<number>((payload) => {
    if (!isMultipleOf(payload.value, divisor)) {
      payload.issues.push({ code: "not_multiple_of", divisor, input: payload.value });
    }
  });
}

/** Code points (a character outside the BMP counts once), as JSON Schema counts string length. */
export function codePointLength(text: string, stopAfter = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAfter; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

export function minLength(limit: number): z.core.$ZodCheck<string> {
  return z.check<string>((payload) => {
    const text = payload.value;
    // UTF-16 length bounds the code point count from above, half of it (rounded up) from below.
    if (text.length >= limit && (Math.ceil(text.length / 2) >= limit || codePointLength(text, limit) >= limit)) return;
    payload.issues.push({ code: "too_small", origin: "string", minimum: limit, inclusive: true, input: text });
  });
}

export function maxLength(limit: number): z.core.$ZodCheck<string> {
  return z.check<string>((payload) => {
    const text = payload.value;
    if (text.length <= limit || codePointLength(text, limit) <= limit) return;
    payload.issues.push({ code: "too_big", origin: "string", maximum: limit, inclusive: true, input: text });
  });
}

export function uniqueItems(): z.core.$ZodCheck<unknown[]> {
  return z.check<unknown[]>((payload) => {
    const items = payload.value;
    if (items.length < 2) return;
    let duplicate = false;
    if (items.length <= 8) {
      for (let i = 0; i < items.length && !duplicate; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (jsonEqual(items[i], items[j])) {
            duplicate = true;
            break;
          }
        }
      }
    } else {
      const seen = new Set<string>();
      for (const item of items) {
        const key = canonicalKey(item);
        if (seen.has(key)) {
          duplicate = true;
          break;
        }
        seen.add(key);
      }
    }
    if (duplicate) payload.issues.push({ code: "custom", message: "Array items must be unique", input: items });
  });
}

/** contains / minContains / maxContains: how many items the schema accepts. */
export function contains(schema: z.ZodType, min = 1, max = Infinity): z.core.$ZodCheck<unknown[]> {
  return z.check<unknown[]>((payload) => {
    let count = 0;
    for (const item of payload.value) {
      if (accepts(schema, item, {})) count++;
      if (count >= min && max === Infinity) return;
      if (count > max) break;
    }
    if (count < min || count > max) {
      const expected = max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
      payload.issues.push({
        code: "custom",
        message: `Array must contain ${expected} matching item(s), found ${count}`,
        input: payload.value,
      });
    }
  });
}
