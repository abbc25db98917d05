import { getAtPointer, localRefPointer, pointer } from "../shared/json-pointer.js";
import type { Problem } from "../shared/tool-error.js";
import { openApiVersion } from "./document.js";
import { FAMILIES, type FamilySpec } from "./families.js";
import { locateOperations } from "./operations.js";

/**
 * Calls `visit` for every `$ref` string in the document with the path of the
 * `$ref` member. The path array is reused between calls: copy it to keep it.
 * Paths are kept as segments because building a pointer string per node
 * dominated the checks of large catalogs.
 */
export function forEachRef(doc: unknown, visit: (ref: string, path: ReadonlyArray<string | number>) => void): void {
  const path: Array<string | number> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const item: unknown = node[index];
        if (item !== null && typeof item === "object") {
          path.push(index);
          walk(item);
          path.pop();
        }
      }
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        const value = (node as Record<string, unknown>)[key];
        if (key === "$ref" && typeof value === "string") {
          path.push(key);
          visit(value, path);
          path.pop();
        } else if (value !== null && typeof value === "object") {
          path.push(key);
          walk(value);
          path.pop();
        }
      }
    }
  };
  walk(doc);
}

function describeFamily(family: FamilySpec): string {
  const route = family.routes[0]!;
  return `${family.key} (${route.method.toUpperCase()} ${route.path})`;
}

/** Why a `$ref` cannot be followed, or undefined when it resolves inside the document. */
function refProblem(doc: unknown, ref: string): string | undefined {
  const target = localRefPointer(ref);
  if (target === undefined)
    return `external $ref ${JSON.stringify(ref)} is not supported; documents must be self-contained`;
  return getAtPointer(doc, target) === undefined ? `$ref ${JSON.stringify(ref)} does not resolve` : undefined;
}

/**
 * The structural checks a document must pass before any stage uses it:
 * OpenAPI 3.0 or 3.1, at least one operation, every part a known operation
 * family requires (families.ts), and every `$ref` local and resolvable. A
 * document without chat is normal.
 */
export function checkDocument(doc: unknown, model: string): Problem[] {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return [{ model, pointer: "", message: "the document is not a JSON object" }];
  }
  const problems: Problem[] = [];
  if (openApiVersion(doc) === undefined) {
    const found = (doc as Record<string, unknown>).openapi;
    problems.push({
      model,
      pointer: "/openapi",
      message: `expected OpenAPI 3.0.x or 3.1.x, found ${found === undefined ? 'no "openapi" field' : JSON.stringify(found)}`,
    });
  }
  const { operations, gaps } = locateOperations(doc);
  if (operations.length === 0) {
    problems.push({
      model,
      pointer: "/paths",
      message: `the document declares no operation (expected one of ${FAMILIES.map(describeFamily).join(", ")}, or another with a JSON body)`,
    });
  }
  for (const gap of gaps)
    problems.push({ model, operation: gap.operation, pointer: gap.pointer, message: gap.message });
  // The same $ref usually appears many times: resolve each string once.
  const verdicts = new Map<string, string | undefined>();
  const refProblems: Problem[] = [];
  forEachRef(doc, (ref, path) => {
    if (!verdicts.has(ref)) verdicts.set(ref, refProblem(doc, ref));
    const message = verdicts.get(ref);
    if (message !== undefined) refProblems.push({ model, pointer: pointer(...path), message });
  });
  refProblems.sort((a, b) => (a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : 0));
  return [...problems, ...refProblems];
}
