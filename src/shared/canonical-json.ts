import { configure } from "safe-stable-stringify";

// Sorted keys, two-space indent, a final newline: the same value always gives
// the same bytes, and committed snapshots diff line by line.
const stringify = configure({ deterministic: true, circularValue: TypeError, bigint: false, strict: true });

export function canonicalJson(value: unknown): string {
  const text = stringify(value, null, 2);
  if (text === undefined) throw new TypeError("value has no JSON representation");
  return `${text}\n`;
}
