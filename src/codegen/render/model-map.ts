import { GENERATED_BANNER } from "./index-module.js";
import { stringLiteral } from "./literals.js";

export interface MappedModel {
  id: string;
  /** Import-type text, relative to the generated root, of each root type. */
  types: { request: string; response: string; chunk: string };
}

/*
 * generated/model-map.d.ts: model id -> its request, response and chunk
 * types. A declaration file, so a consumer with `skipLibCheck` parses it but
 * never checks the models it does not use. The string index signature is the
 * fallback TypeScript resolves generic lookups through; without it, a generic
 * `ModelMap[M]` expands to the union of every model's types.
 */
export function renderModelMap(models: readonly MappedModel[]): string {
  const sorted = [...models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entries = sorted.map(
    (model) =>
      `  ${stringLiteral(model.id)}: {\n    request: ${model.types.request};\n    response: ${model.types.response};\n    chunk: ${model.types.chunk};\n  };\n`,
  );
  return `${GENERATED_BANNER}export interface ModelMap {\n  /** Ids outside the snapshot: keeps generic lookups cheap; the client rejects them at compile time. */\n  [id: string]: { request: { [key: string]: unknown }; response: unknown; chunk: unknown };\n${entries.join("")}}\n`;
}
