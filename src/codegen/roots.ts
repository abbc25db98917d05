import type { LocatedOperation } from "../openapi/operations.js";

/*
 * The schemas generate emits for one model: every root of every operation,
 * each with the name its type gets in the document handed to
 * openapi-typescript and the name of its exported validator. Names are pure
 * functions of the operation key and root name, so output stays stable when
 * a model gains or loses another operation.
 */

export interface ModelRoot {
  operation: string;
  /** `request`, `response`, `event`, ... (families.ts). */
  root: string;
  pointer: string;
  schema: unknown;
  /** Component name used when the root has to be hoisted for openapi-typescript. */
  typeName: string;
  /** Name of the exported validator const in the model's schemas module. */
  exportName: string;
}

// Chat keeps the names of the first versions of the generated tree.
const CHAT_NAMES: Record<string, { typeName: string; exportName: string }> = {
  request: { typeName: "ApifreeChatRequest", exportName: "request" },
  response: { typeName: "ApifreeChatResponse", exportName: "response" },
  event: { typeName: "ApifreeChatChunk", exportName: "chunk" },
};

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
}

function pascal(text: string): string {
  return words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

function camel(text: string): string {
  const name = pascal(text);
  return name === "" ? "" : name[0]!.toLowerCase() + name.slice(1);
}

/** Every root of every operation, operations in their (sorted) order, roots by name. */
export function modelRoots(operations: readonly LocatedOperation[]): ModelRoot[] {
  const taken = new Set<string>(["v", "z", "operations"]);
  const unique = (name: string): string => {
    let candidate = /^[A-Za-z_$]/.test(name) ? name : `op${name}`;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  const roots: ModelRoot[] = [];
  for (const operation of operations) {
    for (const root of Object.keys(operation.roots).sort()) {
      const location = operation.roots[root]!;
      const chat = operation.key === "chat.completions" ? CHAT_NAMES[root] : undefined;
      roots.push({
        operation: operation.key,
        root,
        pointer: location.pointer,
        schema: location.schema,
        typeName: chat?.typeName ?? `Apifree${pascal(operation.key)}${pascal(root)}`,
        exportName: unique(chat?.exportName ?? `${camel(operation.key)}${pascal(root)}`),
      });
    }
  }
  return roots;
}

/** The key a root's type is recorded under (root names never contain `@`). */
export function rootKey(root: { operation: string; root: string }): string {
  return `${root.root}@${root.operation}`;
}

/** The roots grouped by operation, operations and roots in their order. */
export function rootsByOperation(roots: readonly ModelRoot[]): Map<string, ModelRoot[]> {
  const result = new Map<string, ModelRoot[]>();
  for (const root of roots) {
    const members = result.get(root.operation);
    if (members === undefined) result.set(root.operation, [root]);
    else members.push(root);
  }
  return result;
}

/** rootKey -> value, regrouped as operation -> root -> value. */
export function byOperation<V>(entries: Readonly<Record<string, V>>): Map<string, Map<string, V>> {
  const result = new Map<string, Map<string, V>>();
  for (const [key, value] of Object.entries(entries)) {
    const at = key.indexOf("@");
    const operation = key.slice(at + 1);
    const roots = result.get(operation) ?? new Map<string, V>();
    roots.set(key.slice(0, at), value);
    result.set(operation, roots);
  }
  return result;
}
