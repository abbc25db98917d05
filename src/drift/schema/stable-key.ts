import { configure } from "safe-stable-stringify";

const stringify = configure({ deterministic: true, circularValue: "[Circular]", bigint: false });

/** Compact JSON with sorted keys: equal values give equal keys whatever their key order. */
export function stableKey(value: unknown): string {
  return stringify(value) ?? "undefined";
}

/** A value as a short readable fragment for a one-line message. */
export function shortValue(value: unknown, max = 60): string {
  const text = stableKey(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
