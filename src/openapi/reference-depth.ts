import type { DocumentGraph } from "./document-graph.js";

/*
 * How deep a stage can recurse into a document once references are followed.
 * Every stage (the Zod compiler, Ajv in the emulator, drift's normaliser,
 * openapi-typescript) descends into subschemas and into the target of each
 * `$ref`, and none enters a schema it is already inside. So its stack holds a
 * path of distinct containers through the graph "contains or refers to",
 * which is at most the heaviest path through the graph's strongly connected
 * components, each weighing its containers and the references inside it,
 * plus the references between them. That bound is computed here without
 * recursion (Tarjan's algorithm on an explicit stack).
 */

/**
 * What following one `$ref` weighs beyond the container it leads to. Entering
 * a reference target costs every stage a fresh round of calls (Ajv compiles
 * it as a function of its own), measured at two to three times a nested
 * subschema.
 */
export const REFERENCE_WEIGHT = 2;

/** Adjacency in compressed rows: the successors of node i are targets[start[i]..start[i+1]), reference edges flagged. */
function adjacency(graph: DocumentGraph, refEdges: ReadonlyArray<readonly [number, number]>) {
  const count = graph.parent.length;
  const start = new Int32Array(count + 1);
  for (let i = 1; i < count; i += 1) start[graph.parent[i]! + 1]! += 1;
  for (const [from] of refEdges) start[from + 1]! += 1;
  for (let i = 0; i < count; i += 1) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const targets = new Int32Array(start[count]!);
  const isRef = new Uint8Array(start[count]!);
  for (let i = 1; i < count; i += 1) targets[fill[graph.parent[i]!]!++] = i;
  for (const [from, to] of refEdges) {
    isRef[fill[from]!] = 1;
    targets[fill[from]!++] = to;
  }
  return { start, targets, isRef };
}

/** Strongly connected components; `component[i]` numbers them so that every edge leads to a lower or equal number. */
function components(count: number, start: Int32Array, targets: Int32Array) {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const next = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const work: number[] = [];
  const sizes: number[] = [];
  let counter = 0;
  for (let root = 0; root < count; root += 1) {
    if (index[root] !== -1) continue;
    work.push(root);
    index[root] = low[root] = counter++;
    next[root] = start[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const node = work[work.length - 1]!;
      if (next[node]! < start[node + 1]!) {
        const successor = targets[next[node]!]!;
        next[node]! += 1;
        if (index[successor] === -1) {
          index[successor] = low[successor] = counter++;
          next[successor] = start[successor]!;
          stack.push(successor);
          onStack[successor] = 1;
          work.push(successor);
        } else if (onStack[successor] === 1) {
          low[node] = Math.min(low[node]!, index[successor]!);
        }
        continue;
      }
      work.pop();
      const caller = work[work.length - 1];
      if (caller !== undefined) low[caller] = Math.min(low[caller]!, low[node]!);
      if (low[node] === index[node]) {
        let size = 0;
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = sizes.length;
          size += 1;
        } while (member !== node);
        sizes.push(size);
      }
    }
  }
  return { component, sizes };
}

/**
 * The container at which a path from the root, following containment and the
 * given reference edges, first weighs more than `limit`; undefined when no
 * path does.
 */
export function deepestReferencePath(
  graph: DocumentGraph,
  refEdges: ReadonlyArray<readonly [number, number]>,
  limit: number,
): number | undefined {
  const count = graph.parent.length;
  const { start, targets, isRef } = adjacency(graph, refEdges);
  const { component, sizes } = components(count, start, targets);
  // A component weighs its containers and the references among them (a path may take each once).
  const weight = Float64Array.from(sizes);
  for (let node = 0; node < count; node += 1) {
    for (let e = start[node]!; e < start[node + 1]!; e += 1)
      if (isRef[e] === 1 && component[targets[e]!] === component[node]) weight[component[node]!]! += REFERENCE_WEIGHT;
  }
  // Tarjan completes a component after every component it reaches: in numbering order, successors come first.
  const members: number[][] = sizes.map(() => []);
  for (let node = 0; node < count; node += 1) members[component[node]!]!.push(node);
  const heaviest = new Float64Array(sizes.length);
  /** The heaviest way on from component c: [weight below, the edge taken]. */
  const onward = (c: number): [number, number] => {
    let below = 0;
    let edge = -1;
    for (const node of members[c]!) {
      for (let e = start[node]!; e < start[node + 1]!; e += 1) {
        const other = component[targets[e]!]!;
        const through = other === c ? 0 : heaviest[other]! + (isRef[e] === 1 ? REFERENCE_WEIGHT : 0);
        if (through > below) [below, edge] = [through, e];
      }
    }
    return [below, edge];
  };
  for (let c = 0; c < sizes.length; c += 1) heaviest[c] = weight[c]! + onward(c)[0];
  let here = component[0]!;
  if (heaviest[here]! <= limit) return undefined;
  // Follow the heaviest path down from the root until it passes the limit.
  let entry = 0;
  let total = weight[here]!;
  while (total <= limit) {
    const edge = onward(here)[1];
    entry = targets[edge]!;
    total += (isRef[edge] === 1 ? REFERENCE_WEIGHT : 0) + weight[component[entry]!]!;
    here = component[entry]!;
  }
  return entry;
}
