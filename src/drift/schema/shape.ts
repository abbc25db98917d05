import type { NormalSchema } from "./types.js";

export function hasUnion(node: NormalSchema): boolean {
  return node.anyOf !== undefined || node.oneOf !== undefined;
}

/** No validation keyword at all besides the compositions and null. */
function hasOnlyCompositions(node: NormalSchema): boolean {
  return (
    node.types === undefined &&
    node.values === undefined &&
    node.lower === undefined &&
    node.upper === undefined &&
    Object.keys(node.counts).length === 0 &&
    node.multipleOf === undefined &&
    !node.uniqueItems &&
    node.pattern === undefined &&
    node.properties.size === 0 &&
    node.required.size === 0 &&
    node.additionalProperties === undefined &&
    node.items === undefined &&
    node.not === undefined &&
    node.generic.size === 0
  );
}

/** Nothing but one anyOf/oneOf (plus annotations and null): the schema is exactly the union of its branches. */
export function isPureUnion(node: NormalSchema): boolean {
  return (
    (node.anyOf === undefined) !== (node.oneOf === undefined) && node.allOf === undefined && hasOnlyCompositions(node)
  );
}
