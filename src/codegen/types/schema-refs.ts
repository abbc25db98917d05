import type ts from "typescript";
import { typescript } from "./typescript.js";

/*
 * openapi-typescript writes a `$ref` to a component schema as the indexed
 * access chain `components["schemas"]["Name"]` (plus more indexes for deeper
 * pointers). These helpers find those chains and replace their
 * `components["schemas"]["Name"]` head.
 */

function literalIndex(node: ts.IndexedAccessTypeNode): string | undefined {
  const index = node.indexType;
  if (
    typescript.isLiteralTypeNode(index) &&
    (typescript.isStringLiteral(index.literal) || typescript.isNumericLiteral(index.literal))
  )
    return index.literal.text;
  return undefined;
}

/** The component name when `node` is exactly `components["schemas"]["Name"]`. */
function schemaRefName(node: ts.Node): string | undefined {
  if (!typescript.isIndexedAccessTypeNode(node)) return undefined;
  const inner = node.objectType;
  if (!typescript.isIndexedAccessTypeNode(inner) || literalIndex(inner) !== "schemas") return undefined;
  const root = inner.objectType;
  if (
    !typescript.isTypeReferenceNode(root) ||
    !typescript.isIdentifier(root.typeName) ||
    root.typeName.text !== "components" ||
    root.typeArguments
  )
    return undefined;
  return literalIndex(node);
}

/** Names of the component schemas a type refers to, in order of first appearance. */
export function schemaRefs(type: ts.Node): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const name = schemaRefName(node);
    if (name !== undefined) {
      if (!found.includes(name)) found.push(name);
      return;
    }
    typescript.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/** A copy of `type` with every `components["schemas"]["Name"]` replaced by `replacement(Name)`. */
export function replaceSchemaRefs<T extends ts.Node>(type: T, replacement: (name: string) => ts.TypeNode): T {
  const result = typescript.transform(type, [
    (context) => (root) => {
      const visit = (node: ts.Node): ts.Node => {
        const name = schemaRefName(node);
        if (name !== undefined) return replacement(name);
        return typescript.visitEachChild(node, visit, context);
      };
      return typescript.visitNode(root, visit) as T;
    },
  ]);
  const [transformed] = result.transformed;
  result.dispose();
  return transformed!;
}

/** `import("<specifier>").<name>`: a reference that needs no import statement. */
export function importTypeNode(specifier: string, name: string): ts.TypeNode {
  return typescript.factory.createImportTypeNode(
    typescript.factory.createLiteralTypeNode(typescript.factory.createStringLiteral(specifier)),
    undefined,
    typescript.factory.createIdentifier(name),
  );
}
