import { appendPointer, getAtPointer, localRefPointer } from "../shared/json-pointer.js";
import type { Problem } from "../shared/tool-error.js";
import { openApiVersion } from "./document.js";
import { type DocumentGraph, documentGraph, pointerOfNode } from "./document-graph.js";
import { FAMILIES, type FamilySpec } from "./families.js";
import { locateOperations } from "./operations.js";
import { deepestReferencePath, REFERENCE_WEIGHT } from "./reference-depth.js";

/**
 * How deep a document may nest: objects and arrays, a `$ref` counting as the
 * schema it points to. The deepest real contracts seen (the bundled catalog
 * and the shared corpus) nest 24 levels, 41 through their references; every
 * stage stays far inside its stack at this limit (Ajv, the shallowest, runs
 * out near 750 levels of chained references).
 */
export const MAX_NESTING = 128;

const STACK_REASON = "refused so that no later step can run out of stack";

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
 * The structural checks a document must pass before any stage uses it (sync
 * before storing it, generate, drift on both sides, the emulator before
 * serving it): OpenAPI 3.0 or 3.1, at least one operation, every part a known
 * operation family requires (families.ts), every `$ref` local and resolvable,
 * no chain of `$ref`s that loops, and nesting within MAX_NESTING. A document
 * without chat is normal. Whatever passes here, no later stage can fail on
 * for its shape.
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
  for (const gap of gaps) {
    problems.push({ model, operation: gap.operation, pointer: gap.pointer, message: gap.message });
  }
  return [...problems, ...structureProblems(doc, model)];
}

function byPointer(a: Problem, b: Problem): number {
  return a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : 0;
}

/** Nesting, references that cannot be followed, chains of references that never reach a schema. */
function structureProblems(doc: object, model: string): Problem[] {
  const graph = documentGraph(doc, MAX_NESTING);
  if (graph.tooDeep !== undefined) {
    return [
      {
        model,
        pointer: pointerOfNode(graph, graph.tooDeep),
        message: `the document nests more than ${MAX_NESTING} levels of objects and arrays here; ${STACK_REASON}`,
      },
    ];
  }
  // The same $ref usually appears many times: resolve each string once.
  const verdicts = new Map<string, string | undefined>();
  const problems: Problem[] = [];
  const edges: Array<readonly [number, number]> = [];
  for (const { holder, ref } of graph.refs) {
    if (!verdicts.has(ref)) verdicts.set(ref, refProblem(doc, ref));
    const message = verdicts.get(ref);
    if (message !== undefined) {
      problems.push({ model, pointer: appendPointer(pointerOfNode(graph, holder), "$ref"), message });
      continue;
    }
    const target = getAtPointer(doc, localRefPointer(ref)!);
    const index = target !== null && typeof target === "object" ? graph.indexOf.get(target) : undefined;
    if (index !== undefined) edges.push([holder, index]);
  }
  problems.push(...referenceLoops(graph, edges, model));
  if (problems.length > 0) return problems.sort(byPointer);
  const deep = deepestReferencePath(graph, edges, MAX_NESTING);
  if (deep === undefined) return [];
  return [
    {
      model,
      pointer: pointerOfNode(graph, deep),
      message: `nesting through $ref reaches more than ${MAX_NESTING} levels here (each $ref followed counts ${REFERENCE_WEIGHT} levels beside what it points to); ${STACK_REASON}`,
    },
  ];
}

/**
 * `$ref`s whose chain of references comes back to itself without reaching a
 * schema (`A: {$ref: B}`, `B: {$ref: A}`): no value can be checked against
 * them. Each loop is reported once, at its first `$ref` in document order.
 * Recursion through a subschema (`properties`, `items`...) is not a loop.
 */
function referenceLoops(
  graph: DocumentGraph,
  edges: ReadonlyArray<readonly [number, number]>,
  model: string,
): Problem[] {
  // Each holder has one reference; a chain continues while the target holds one too.
  const next = new Map<number, number>();
  const refAt = new Map<number, string>();
  for (const { holder, ref } of graph.refs) refAt.set(holder, ref);
  for (const [holder, target] of edges) if (refAt.has(target)) next.set(holder, target);
  const state = new Map<number, "walking" | "done">();
  const problems: Problem[] = [];
  for (const start of next.keys()) {
    const chain: number[] = [];
    let here: number | undefined = start;
    while (here !== undefined && !state.has(here)) {
      state.set(here, "walking");
      chain.push(here);
      here = next.get(here);
    }
    if (here !== undefined && state.get(here) === "walking") {
      const cycle = chain.slice(chain.indexOf(here));
      const first = cycle.indexOf(Math.min(...cycle));
      const loop = [...cycle.slice(first), ...cycle.slice(0, first)];
      problems.push({
        model,
        pointer: appendPointer(pointerOfNode(graph, loop[0]!), "$ref"),
        message: `$ref ${JSON.stringify(refAt.get(loop[0]!))} starts a chain of references that never reaches a schema (${loop.map((member) => `#${pointerOfNode(graph, member)}`).join(" -> ")} -> back)`,
      });
    }
    for (const member of chain) state.set(member, "done");
  }
  return problems;
}
