import { type EvaluatedItems, type EvaluatedProperties, type Expr, JSON_TYPES } from "./ir.js";

/** Pointers of the `$ref` targets an expression uses directly, in order of appearance. */
export function referencesOf(expr: Expr): string[] {
  const found: string[] = [];
  const visit = (node: Expr | undefined): void => {
    if (node === undefined) return;
    switch (node.kind) {
      case "ref":
        found.push(node.pointer);
        return;
      case "array":
        node.prefixItems?.forEach(visit);
        visit(node.items);
        visit(node.contains?.schema);
        return;
      case "object":
        for (const [, schema] of node.properties) visit(schema);
        for (const [, schema] of node.patternProperties) visit(schema);
        if (node.additionalProperties !== "forbidden") visit(node.additionalProperties);
        visit(node.propertyNames);
        for (const [, schema] of node.dependentSchemas) visit(schema);
        return;
      case "types":
        for (const type of JSON_TYPES) {
          const branch = node.branches.get(type);
          if (branch !== undefined && branch !== true) visit(branch);
        }
        return;
      case "nullable":
      case "not":
        visit(node.inner);
        return;
      case "union":
      case "xor":
        for (const option of node.options) visit(option);
        return;
      case "discriminated":
        for (const [, option] of node.options) visit(option);
        return;
      case "allOf":
        node.parts.forEach(visit);
        return;
      case "conditional":
        visit(node.if);
        visit(node.then);
        visit(node.else);
        return;
      case "unevaluatedProperties":
        visit(node.base);
        walkProperties(node.evaluated, visit);
        if (node.rest !== "forbidden") visit(node.rest);
        return;
      case "unevaluatedItems":
        visit(node.base);
        walkItems(node.evaluated, visit);
        if (node.rest !== "forbidden") visit(node.rest);
        return;
      default:
        return;
    }
  };
  visit(expr);
  return found;
}

function walkProperties(evaluated: EvaluatedProperties, visit: (expr: Expr) => void): void {
  for (const branch of evaluated.when) {
    visit(branch.if);
    if (branch.then !== undefined) walkProperties(branch.then, visit);
    if (branch.else !== undefined) walkProperties(branch.else, visit);
  }
  for (const [, next] of evaluated.dependent) walkProperties(next, visit);
}

function walkItems(evaluated: EvaluatedItems, visit: (expr: Expr) => void): void {
  evaluated.contains.forEach(visit);
  for (const branch of evaluated.when) {
    visit(branch.if);
    if (branch.then !== undefined) walkItems(branch.then, visit);
    if (branch.else !== undefined) walkItems(branch.else, visit);
  }
}
