import type { Out } from "./diff.js";
import { shortValue } from "./stable-key.js";
import type { NormalSchema } from "./types.js";

export function describeTypes(types: ReadonlySet<string> | undefined, nullable = false): string {
  const names = types === undefined ? ["any"] : [...types].sort();
  if (nullable && types !== undefined) names.push("null");
  return names.length === 0 ? "nothing" : names.join("|");
}

/** Does `outer` accept every value of JSON type `type`? `number` contains `integer`. */
function covers(outer: ReadonlySet<string>, type: string): boolean {
  return outer.has(type) || (type === "integer" && outer.has("number"));
}

function subset(inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean {
  return [...inner].every((type) => covers(outer, type));
}

export function compareNullability(before: NormalSchema, after: NormalSchema, out: Out): void {
  if (before.nullable === after.nullable) return;
  out.push({
    path: "",
    keyword: "nullable",
    kind: after.nullable ? "property-became-nullable" : "property-became-not-nullable",
    detail: after.nullable ? "null is now accepted" : "null is no longer accepted",
  });
}

export function compareTypes(before: NormalSchema, after: NormalSchema, out: Out): void {
  const a = before.types;
  const b = after.types;
  if (a === undefined && b === undefined) return;
  let kind: "property-type-changed" | "property-type-specialized" | "property-type-generalized" | undefined;
  if (a === undefined) kind = "property-type-specialized";
  else if (b === undefined) kind = "property-type-generalized";
  else {
    const grew = subset(a, b);
    const shrank = subset(b, a);
    if (grew && shrank) return;
    kind = grew ? "property-type-generalized" : shrank ? "property-type-specialized" : "property-type-changed";
  }
  out.push({ path: "", keyword: "type", kind, detail: `type ${describeTypes(a)} → ${describeTypes(b)}` });
}

function listValues(keys: readonly string[], values: ReadonlyMap<string, unknown>): string {
  const shown = keys.slice(0, 6).map((key) => shortValue(values.get(key), 40));
  return keys.length > 6 ? `${shown.join(", ")} and ${keys.length - 6} more` : shown.join(", ");
}

function describeValues(values: ReadonlyMap<string, unknown>): string {
  return values.size === 1 ? shortValue([...values.values()][0]) : `enum [${listValues([...values.keys()], values)}]`;
}

export function compareValues(before: NormalSchema, after: NormalSchema, out: Out): void {
  const a = before.values;
  const b = after.values;
  if (a === undefined && b === undefined) return;
  if (a === undefined) {
    const single = b!.size === 1;
    out.push({
      path: "",
      keyword: single ? "const" : "enum",
      kind: single ? "property-const-added" : "property-became-enum",
      detail: `unrestricted → ${single ? `only ${describeValues(b!)}` : describeValues(b!)}`,
    });
    return;
  }
  if (b === undefined) {
    const single = a.size === 1;
    out.push({
      path: "",
      keyword: single ? "const" : "enum",
      kind: single ? "property-const-removed" : "property-enum-removed",
      detail: `${single ? `only ${describeValues(a)}` : describeValues(a)} → unrestricted`,
    });
    return;
  }
  if (a.size === 1 && b.size === 1) {
    const [oldKey] = a.keys();
    const [newKey] = b.keys();
    if (oldKey !== newKey)
      out.push({
        path: "",
        keyword: "const",
        kind: "property-const-changed",
        detail: `value ${describeValues(a)} → ${describeValues(b)}`,
      });
    return;
  }
  const added = [...b.keys()].filter((key) => !a.has(key));
  const removed = [...a.keys()].filter((key) => !b.has(key));
  if (added.length > 0) {
    out.push({
      path: "",
      keyword: "enum",
      kind: "property-enum-value-added",
      detail: `enum value${added.length === 1 ? "" : "s"} added: ${listValues(added, b)}`,
    });
  }
  if (removed.length > 0) {
    out.push({
      path: "",
      keyword: "enum",
      kind: "property-enum-value-removed",
      detail: `enum value${removed.length === 1 ? "" : "s"} removed: ${listValues(removed, a)}`,
    });
  }
}
