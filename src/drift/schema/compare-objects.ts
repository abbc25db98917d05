import { appendPointer } from "../../shared/json-pointer.js";
import { describeTypes } from "./compare-values.js";
import type { Out, SchemaDiff } from "./diff.js";
import { anySchema } from "./normalize.js";
import type { NormalSchema } from "./types.js";

const ANY = anySchema();

function summary(node: NormalSchema): string {
  return node.refName === undefined ? describeTypes(node.types, node.nullable) : `${node.refName}`;
}

export function compareObjects(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): void {
  const names = [
    ...new Set([...before.properties.keys(), ...after.properties.keys(), ...before.required, ...after.required]),
  ].sort();
  for (const name of names) {
    const path = appendPointer("", "properties", name);
    const a = before.properties.get(name);
    const b = after.properties.get(name);
    const wasRequired = before.required.has(name);
    const isRequired = after.required.has(name);
    if (a !== undefined && b === undefined) {
      const deprecated = a().annotations.has("deprecated") ? ", deprecated" : "";
      out.push({
        path,
        keyword: undefined,
        kind: "property-removed",
        detail: `property removed (was ${summary(a())}, ${wasRequired ? "required" : "optional"}${deprecated})`,
      });
      continue;
    }
    if (a === undefined && b !== undefined) {
      out.push({
        path,
        keyword: undefined,
        kind: isRequired ? "required-property-added" : "optional-property-added",
        detail: `new ${isRequired ? "required" : "optional"} property (${summary(b())})`,
      });
      continue;
    }
    if (wasRequired !== isRequired) {
      out.push({
        path,
        keyword: undefined,
        kind: isRequired ? "property-became-required" : "property-became-optional",
        detail: isRequired ? "optional → required" : "required → optional",
      });
    }
    if (a !== undefined && b !== undefined) diff.child(out, path, a(), b());
  }

  const x = before.additionalProperties;
  const y = after.additionalProperties;
  if (x === false && y === false) return;
  if (x === false || y === false) {
    const describe = (value: typeof x) => (value === false ? "false" : value === undefined ? "true" : "a schema");
    out.push({
      path: "",
      keyword: "additionalProperties",
      kind: y === false ? "property-additional-properties-closed" : "property-additional-properties-opened",
      detail: `additionalProperties ${describe(x)} → ${describe(y)}`,
    });
    return;
  }
  if (x !== undefined || y !== undefined) diff.child(out, "/additionalProperties", x?.() ?? ANY, y?.() ?? ANY);
}
