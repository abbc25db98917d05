import { getAtPointer, parsePointer } from "../../../src/shared/json-pointer.js";
import { isRecord } from "./view.js";

/* Small helpers over JSON values, shared by the generator and the walks over its values. */

/** An own, enumerable property, even one named `__proto__` (as JSON.parse makes it). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy through JSON (values here are JSON, and own `__proto__` properties survive it). */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  null: (value) => value === null,
  boolean: (value) => typeof value === "boolean",
  integer: (value) => typeof value === "number" && Number.isInteger(value),
  number: (value) => typeof value === "number",
  string: (value) => typeof value === "string",
  array: (value) => Array.isArray(value),
  object: (value) => isRecord(value),
};

/** Whether `value` is of the JSON Schema `type` (an integer is also a number). */
export function hasJsonType(value: unknown, type: string): boolean {
  return TYPE_TESTS[type]?.(value) ?? false;
}

/** JSON text with object keys sorted: equal for JSON-equal values. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/** How a mutated part is put right: a fresh part in its place, or a property name taken out. */
export type Repair = { part: () => unknown } | { removeKey: string };

/** A copy of `value` with the part at `pointer` put right. */
export function repaired(value: unknown, pointer: string, repair: Repair): unknown {
  const copy = clone(value);
  const segments = parsePointer(pointer);
  const last = segments.pop();
  const holder = last === undefined ? undefined : getAtPointer(copy, pointer.slice(0, pointer.lastIndexOf("/")));
  if ("part" in repair) {
    if (last === undefined) return repair.part();
    if (Array.isArray(holder)) holder[Number(last)] = repair.part();
    else if (isRecord(holder)) setOwn(holder, last, repair.part());
    return copy;
  }
  const object = last === undefined ? copy : getAtPointer(copy, pointer);
  if (isRecord(object)) delete object[repair.removeKey];
  return copy;
}
