import { FAMILIES } from "../../openapi/families.js";
import { GENERATED_BANNER } from "./index-module.js";
import { stringLiteral } from "./literals.js";

export interface MappedModel {
  id: string;
  /** Operation key -> root name -> import-type text of the root's type, relative to the generated root. */
  operations: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Every operation entry has these two (never when the operation has no such
// body), so it fits the map's fallback signature.
const ALWAYS = ["request", "response"] as const;

function operationEntry(operation: string, roots: ReadonlyMap<string, string>): string {
  const names = [...new Set([...ALWAYS, ...roots.keys()])].sort(byCodeUnit);
  const fields = names.map((name) => `      ${name}: ${roots.get(name) ?? "never"};\n`).join("");
  return `    ${stringLiteral(operation)}: {\n${fields}    };\n`;
}

/** Operation key -> the ids whose document declares it; every family of the table is listed (never when none). */
function operationModels(models: readonly MappedModel[]): Map<string, string[]> {
  const result = new Map<string, string[]>(FAMILIES.map((family) => [family.key, []]));
  for (const model of models) {
    for (const operation of model.operations.keys())
      result.set(operation, [...(result.get(operation) ?? []), model.id]);
  }
  return new Map([...result].sort(([a], [b]) => byCodeUnit(a, b)));
}

/*
 * generated/model-map.d.ts: model id -> operation -> its root types, and
 * operation -> the ids that serve it. A declaration file, so a consumer with
 * `skipLibCheck` parses it but never checks the models it does not use. The
 * string index signature is the fallback TypeScript resolves generic lookups
 * through; without it, a generic `ModelMap[M]` expands to the union of every
 * model's types. OperationModels is computed here, once, so that narrowing a
 * method to the models that serve it costs one indexed access instead of a
 * mapped type over the whole catalog.
 */
export function renderModelMap(models: readonly MappedModel[]): string {
  const sorted = [...models].sort((a, b) => byCodeUnit(a.id, b.id));
  const entries = sorted.map((model) => {
    const operations = [...model.operations].sort(([a], [b]) => byCodeUnit(a, b));
    return `  ${stringLiteral(model.id)}: {\n${operations.map(([key, roots]) => operationEntry(key, roots)).join("")}  };\n`;
  });
  const served = [...operationModels(sorted)].map(
    ([operation, ids]) =>
      `  ${stringLiteral(operation)}:${ids.length === 0 ? " never" : ids.map((id) => `\n    | ${stringLiteral(id)}`).join("")};\n`,
  );
  return (
    `${GENERATED_BANNER}export interface ModelMap {\n` +
    "  /** Ids outside the snapshot: keeps generic lookups cheap; the client rejects them at compile time. */\n" +
    "  [id: string]: { [operation: string]: { request: { [key: string]: unknown }; response: unknown; [root: string]: unknown } };\n" +
    `${entries.join("")}}\n\n` +
    "/** For each operation, the ids of the models whose document declares it. */\n" +
    `export interface OperationModels {\n${served.join("")}}\n`
  );
}
