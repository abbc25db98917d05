import { isAnnotationKind } from "../rules.js";
import type { Out, SchemaDiff } from "./diff.js";
import type { GenericValue, NormalSchema } from "./types.js";

/** Do two generic keyword values accept the same? Subschemas are compared semantically, values by canonical JSON. */
function same(diff: SchemaDiff, a: GenericValue, b: GenericValue): boolean {
  const sameSchema = (x: NormalSchema, y: NormalSchema) =>
    diff.compare(x, y).every((finding) => isAnnotationKind(finding.kind));
  if (a.kind === "value" && b.kind === "value") return a.canonical === b.canonical;
  if (a.kind === "schema" && b.kind === "schema") return sameSchema(a.child(), b.child());
  if (a.kind === "schemas" && b.kind === "schemas") {
    return (
      a.children.length === b.children.length &&
      a.children.every((child, index) => sameSchema(child(), b.children[index]!()))
    );
  }
  if (a.kind === "map" && b.kind === "map") {
    if (a.children.size !== b.children.size) return false;
    for (const [name, child] of a.children) {
      const other = b.children.get(name);
      if (other === undefined || !sameSchema(child(), other())) return false;
    }
    return true;
  }
  return false;
}

/**
 * Validation keywords drift does not analyse one by one (if/then/else,
 * contains, propertyNames, patternProperties, prefixItems, dependent*...):
 * any change is reported once per keyword, breaking both ways, because
 * compatibility cannot be shown without analysing them.
 */
export function compareGeneric(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): void {
  const keys = [...new Set([...before.generic.keys(), ...after.generic.keys()])].sort();
  for (const keyword of keys) {
    const a = before.generic.get(keyword);
    const b = after.generic.get(keyword);
    if (a !== undefined && b !== undefined && same(diff, a, b)) continue;
    const what = a === undefined ? "added" : b === undefined ? "removed" : "changed";
    out.push({ path: "", keyword, kind: "property-keyword-changed", detail: `${keyword} ${what}` });
  }
}
