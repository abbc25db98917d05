import { appendPointer } from "../../../shared/json-pointer.js";
import { type Diagnostics, describeValue } from "../context.js";
import { JSON_TYPES, type JsonType } from "../ir.js";

export interface TypeKeyword {
  /** The JSON types a value may have (all of them when `type` is absent). */
  allowed: ReadonlySet<JsonType>;
  /** `integer` listed without `number`: numbers must have no fractional part. */
  integerOnly: boolean;
  declared: boolean;
}

const NAMES: ReadonlyMap<string, JsonType | "integer"> = new Map([
  ["null", "null"],
  ["boolean", "boolean"],
  ["number", "number"],
  ["integer", "integer"],
  ["string", "string"],
  ["array", "array"],
  ["object", "object"],
]);

/** `type` as a name or (3.1) a list of names. */
export function readType(schema: Record<string, unknown>, at: string, diagnostics: Diagnostics): TypeKeyword {
  const value = schema.type;
  if (value === undefined) return { allowed: new Set(JSON_TYPES), integerOnly: false, declared: false };
  const names = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0) {
    diagnostics.problem(appendPointer(at, "type"), `"type" must not be an empty array`);
    return { allowed: new Set(JSON_TYPES), integerOnly: false, declared: false };
  }
  const allowed = new Set<JsonType>();
  let integer = false;
  names.forEach((name, index) => {
    const type = typeof name === "string" ? NAMES.get(name) : undefined;
    if (type === undefined) {
      const where = Array.isArray(value) ? appendPointer(at, "type", index) : appendPointer(at, "type");
      diagnostics.problem(
        where,
        `unknown type ${describeValue(name)} (expected one of ${[...NAMES.keys()].join(", ")})`,
      );
    } else if (type === "integer") {
      integer = true;
    } else {
      allowed.add(type);
    }
  });
  const integerOnly = integer && !allowed.has("number");
  if (integer) allowed.add("number");
  if (allowed.size === 0) return { allowed: new Set(JSON_TYPES), integerOnly: false, declared: false };
  return { allowed, integerOnly, declared: true };
}
